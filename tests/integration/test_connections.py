"""How mxqd's adapters move bytes: pipelined input that arrives while a
store runs, a client that half-closes, a client that does not read its
replies, the idle timeout, many clients on several threads, and SIGTERM:
421 4.3.2 to idle clients at once, a message in flight finished first."""

import signal
import smtplib
import socket
import threading
import time
import unittest

from mxqd_harness import Mxqd, read_to_eof, read_until, run

BODY = b"Subject: pipelined\r\n\r\nbody line\r\n"


def transaction(n):
    return (b"MAIL FROM:<a@example.test>\r\n"
            b"RCPT TO:<r%d@example.test>\r\n"
            b"DATA\r\n" % n + BODY + b".\r\n")


class Connections(unittest.TestCase):
    settings = {}

    def setUp(self):
        self.mxqd = Mxqd(**self.settings).start()

    def tearDown(self):
        self.mxqd.finish(only_if_running=True)

    def connect(self):
        sock = socket.create_connection(("127.0.0.1", self.mxqd.port), 10)
        self.assertTrue(read_until(sock, b"\r\n").startswith(b"220 "))
        return sock

    def test_everything_in_one_write(self):
        # Three messages and QUIT in one segment: the bytes after each
        # end-of-data wait while that message is stored.
        sock = self.connect()
        sock.sendall(b"EHLO client.example.test\r\n" + transaction(1) +
                     transaction(2) + transaction(3) + b"QUIT\r\n")
        replies = read_to_eof(sock)
        sock.close()
        self.assertEqual(replies.count(b"\r\n354 "), 3, replies)
        self.assertEqual(replies.count(b"\r\n250 "), 1 + 3 * 3, replies)
        self.assertTrue(replies.endswith(b"\r\n") and b"\r\n221 " in replies)
        docs = self.mxqd.documents()
        self.assertEqual(sorted(d["recipient"] for d in docs),
                         ["r1@example.test", "r2@example.test",
                          "r3@example.test"])

    def test_half_close_after_the_message(self):
        # The client sends its message and QUIT, then shuts its side: the
        # message is still stored and the replies still reach it.
        sock = self.connect()
        sock.sendall(b"HELO client.example.test\r\n" + transaction(1) +
                     b"QUIT\r\n")
        sock.shutdown(socket.SHUT_WR)
        replies = read_to_eof(sock)
        sock.close()
        self.assertIn(b"\r\n221 ", replies)
        self.assertEqual(len(self.mxqd.wait_documents(1)), 1)

    def test_client_that_does_not_read(self):
        # 8 MB of NOOPs, written while not reading a single reply: their
        # 20 MB of replies overflow the socket buffers (4 MB at most on
        # Linux), mxqd stops reading, and goes on once the client reads.
        # Every NOOP gets its reply.
        count = 8 * 1024 * 1024 // len(b"NOOP\r\n")
        sock = self.connect()
        received = []

        def reader():
            time.sleep(1)  # let the writer run into the backpressure
            received.append(read_to_eof(sock, 60))

        t = threading.Thread(target=reader)
        t.start()
        sock.sendall(b"NOOP\r\n" * count + b"QUIT\r\n")
        t.join(60)
        sock.close()
        replies = received[0]
        self.assertEqual(replies.count(b"250 "), count)
        self.assertIn(b"221 ", replies)

    def test_many_clients(self):
        errors = []

        def client(n):
            try:
                with smtplib.SMTP("127.0.0.1", self.mxqd.port,
                                  timeout=30) as c:
                    for i in range(5):
                        c.sendmail("a@example.test",
                                   ["c%d-%d@example.test" % (n, i)], BODY)
            except Exception as e:  # reported below
                errors.append(repr(e))

        threads = [threading.Thread(target=client, args=(n,))
                   for n in range(40)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        self.assertEqual(errors, [])
        docs = self.mxqd.documents()
        self.assertEqual(len(docs), 200)
        self.assertEqual(len({d["message-id"] for d in docs}), 200)
        self.assertEqual(self.mxqd.files("inbox", "tmp"), [])


class ManyThreads(Connections):
    settings = {"smtp_threads": 3}


class Timeouts(unittest.TestCase):
    def test_idle_client_is_closed(self):
        mxqd = Mxqd(smtp_timeout=1).start()
        try:
            sock = socket.create_connection(("127.0.0.1", mxqd.port), 10)
            start = time.monotonic()
            replies = read_to_eof(sock, 10)
            sock.close()
            self.assertTrue(replies.startswith(b"220 "))
            self.assertIn(b"\r\n421 ", replies)
            self.assertLess(time.monotonic() - start, 5)
            self.assertEqual(mxqd.stop(), 0)
        finally:
            mxqd.cleanup()

    def test_sigterm_closes_a_stalled_message_after_the_grace(self):
        # A client that stops sending in the middle of its data keeps its
        # connection for the grace period, not longer.
        mxqd = Mxqd().start()
        try:
            sock = socket.create_connection(("127.0.0.1", mxqd.port), 10)
            sock.sendall(b"EHLO client.example.test\r\n"
                         b"MAIL FROM:<a@example.test>\r\n"
                         b"RCPT TO:<r@example.test>\r\nDATA\r\n")
            read_until(sock, b"354 ")
            sock.sendall(b"Subject: never finished\r\n")
            start = time.monotonic()
            mxqd.signal(signal.SIGTERM)
            read_to_eof(sock, 30)  # closed by mxqd
            sock.close()
            self.assertEqual(mxqd.proc.wait(30), 0)
            elapsed = time.monotonic() - start
            # 10 s of grace (MXQD_SHUTDOWN_GRACE_SECONDS), not much more.
            self.assertGreater(elapsed, 8)
            self.assertLess(elapsed, 14)
            self.assertIn("shutting down", mxqd.log())
            self.assertEqual(mxqd.documents(), [])
        finally:
            mxqd.cleanup()


SHUTDOWN_REPLY = b"421 4.3.2 "
# The multi-line 250 of a stored message, then the 421, then nothing.
STORED_THEN_421 = rb"^(250-[^\r]*\r\n)*250 [^\r]*\r\n421 4\.3\.2 [^\r]*\r\n$"


class Shutdown(unittest.TestCase):
    """SIGTERM: idle clients get 421 4.3.2 at once; a message in flight
    gets its reply first, then the 421; mxqd exits 0 without waiting for
    the grace period."""

    settings = {"smtp_threads": 2}

    def setUp(self):
        self.mxqd = Mxqd(**self.settings).start()
        self.socks = []

    def tearDown(self):
        for sock in self.socks:
            sock.close()
        self.mxqd.finish(only_if_running=True)

    def connect(self, commands=b""):
        sock = socket.create_connection(("127.0.0.1", self.mxqd.port), 10)
        self.socks.append(sock)
        self.assertTrue(read_until(sock, b"\r\n").startswith(b"220 "))
        if commands:
            sock.sendall(commands)
        return sock

    def open_clients(self):
        """Clients in every state a session can wait in for its client."""
        idle = {
            "greeted": self.connect(),
            "ehlo": self.connect(b"EHLO client.example.test\r\n"),
            "mail": self.connect(b"EHLO client.example.test\r\n"
                                 b"MAIL FROM:<a@example.test>\r\n"),
            "rcpt": self.connect(b"EHLO client.example.test\r\n"
                                 b"MAIL FROM:<a@example.test>\r\n"
                                 b"RCPT TO:<r@example.test>\r\n"),
        }
        expect = {"greeted": 0, "ehlo": 1, "mail": 2, "rcpt": 3}
        for name, sock in idle.items():
            data = b""
            while data.count(b"250 ") < expect[name]:
                data += read_until(sock, b"\r\n")
        return idle

    def start_data(self):
        sock = self.connect(b"EHLO client.example.test\r\n"
                            b"MAIL FROM:<a@example.test>\r\n"
                            b"RCPT TO:<r@example.test>\r\nDATA\r\n")
        read_until(sock, b"354 ")
        sock.sendall(b"Subject: in flight\r\n\r\nfirst half\r\n")
        return sock

    def sigterm(self):
        start = time.monotonic()
        self.mxqd.signal(signal.SIGTERM)
        self.mxqd.wait_log("stopping")
        return start

    def test_idle_clients_get_421_at_once(self):
        idle = self.open_clients()
        start = self.sigterm()
        for name, sock in idle.items():
            replies = read_to_eof(sock, 5)
            self.assertTrue(replies.endswith(b"\r\n"), (name, replies))
            last = replies.rstrip(b"\r\n").split(b"\r\n")[-1]
            self.assertTrue(last.startswith(SHUTDOWN_REPLY), (name, replies))
        self.assertLess(time.monotonic() - start, 3)
        self.assertEqual(self.mxqd.proc.wait(5), 0)
        self.assertLess(time.monotonic() - start, 4)
        self.assertEqual(self.mxqd.documents(), [])

    def test_message_in_flight_gets_250_then_421(self):
        idle = self.open_clients()
        busy = self.start_data()
        start = self.sigterm()
        # The others are let go while the message is still coming.
        for sock in idle.values():
            self.assertIn(SHUTDOWN_REPLY, read_to_eof(sock, 5))
        with self.assertRaises(OSError):
            socket.create_connection(("127.0.0.1", self.mxqd.port), 2).close()
        busy.sendall(b"second half\r\n.\r\n")
        replies = read_to_eof(busy, 10)
        self.assertRegex(replies, STORED_THEN_421)
        self.assertEqual(self.mxqd.proc.wait(5), 0)
        self.assertLess(time.monotonic() - start, 4)
        docs = self.mxqd.documents()
        self.assertEqual(len(docs), 1)
        self.assertIn("second half", docs[0]["mime"])
        self.assertEqual(self.mxqd.files("inbox", "tmp"), [])

    def test_refused_message_in_flight_gets_its_reply_then_421(self):
        # The message ends with a refusal (a bare LF: 550 5.6.0): the 421
        # follows at once, not at the client's next command.
        busy = self.start_data()
        self.sigterm()
        busy.sendall(b"bare\nline feed\r\n.\r\n")
        replies = read_to_eof(busy, 10)
        self.assertRegex(replies, rb"^550 5\.6\.0 [^\r]*\r\n421 4\.3\.2 ")
        self.assertEqual(self.mxqd.proc.wait(5), 0)
        self.assertEqual(self.mxqd.documents(), [])

    def test_pipelined_commands_after_the_message_are_not_run(self):
        # Whatever the client pipelined after its message gets the 421
        # instead of being acted on.
        busy = self.start_data()
        self.sigterm()
        busy.sendall(b".\r\nMAIL FROM:<b@example.test>\r\n"
                     b"RCPT TO:<s@example.test>\r\nDATA\r\nx\r\n.\r\n")
        replies = read_to_eof(busy, 10)
        self.assertRegex(replies, STORED_THEN_421)
        self.assertEqual(self.mxqd.proc.wait(5), 0)
        self.assertEqual(len(self.mxqd.documents()), 1)

class ShutdownBeforeSmtp(unittest.TestCase):
    def test_connection_waiting_for_its_proxy_header_is_closed_at_once(self):
        # No SMTP under way yet: nothing to wait for, no 421 to say.
        mxqd = Mxqd(smtp_proxy="127.0.0.1/32").start()
        try:
            sock = socket.create_connection(("127.0.0.1", mxqd.port), 10)
            sock.sendall(b"PROXY TCP4 192.0.2.1 ")  # and no more
            time.sleep(0.2)
            start = time.monotonic()
            mxqd.signal(signal.SIGTERM)
            self.assertEqual(read_to_eof(sock, 5), b"")
            sock.close()
            self.assertEqual(mxqd.proc.wait(5), 0)
            self.assertLess(time.monotonic() - start, 4)
        finally:
            mxqd.cleanup()


if __name__ == "__main__":
    run(Connections, ManyThreads, Timeouts, Shutdown, ShutdownBeforeSmtp)
