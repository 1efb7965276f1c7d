"""systemd's readiness protocol (the unit is Type=notify): mxqd sends
READY=1 to the datagram socket named by $NOTIFY_SOCKET once it accepts
connections, and STOPPING=1 on SIGTERM; a path and an abstract name
('@...') both work; a socket nobody listens on is a warning, not a stop."""

import os
import signal
import socket
import tempfile
import unittest

from mxqd_harness import Mxqd, connect, read_line, run


def start_with_notify(notify_socket):
    mxqd = Mxqd()
    os.environ["NOTIFY_SOCKET"] = notify_socket
    try:
        return mxqd.start()
    except Exception:
        mxqd.cleanup()
        raise
    finally:
        del os.environ["NOTIFY_SOCKET"]


class SdNotify(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="mxqd-notify-")
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.settimeout(10)

    def tearDown(self):
        self.sock.close()
        for name in os.listdir(self.dir):
            os.unlink(os.path.join(self.dir, name))
        os.rmdir(self.dir)

    def ready_then_stopping(self, notify_socket):
        mxqd = start_with_notify(notify_socket)
        try:
            self.assertEqual(self.sock.recv(4096), b"READY=1")
            # Ready means ready: the greeting comes, the log says so.
            self.assertIn(" ready, ", mxqd.log())
            client = connect(mxqd.port)
            self.assertTrue(read_line(client).startswith(b"220 "))
            client.close()
            mxqd.signal(signal.SIGTERM)
            self.assertEqual(self.sock.recv(4096), b"STOPPING=1")
            self.assertEqual(mxqd.stop(), 0)
            self.assertNotIn("NOTIFY_SOCKET", mxqd.log())
        finally:
            mxqd.cleanup()

    def test_path(self):
        path = os.path.join(self.dir, "notify")
        self.sock.bind(path)
        self.ready_then_stopping(path)

    def test_abstract_name(self):
        name = "mxq-test-notify-%d-%s" % (os.getpid(),
                                           os.path.basename(self.dir))
        self.sock.bind("\0" + name)
        self.ready_then_stopping("@" + name)

    def test_nobody_listening_is_a_warning(self):
        mxqd = start_with_notify(os.path.join(self.dir, "absent"))
        try:
            log = mxqd.wait_log(r"NOTIFY_SOCKET")
            self.assertRegex(log, r"NOTIFY_SOCKET: cannot tell systemd "
                                  r"READY=1: No such file or directory")
            client = connect(mxqd.port)
            self.assertTrue(read_line(client).startswith(b"220 "))
            client.close()
            self.assertEqual(mxqd.stop(), 0)
        finally:
            mxqd.cleanup()


if __name__ == "__main__":
    run(SdNotify)
