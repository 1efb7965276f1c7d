"""A real spamd (Debian's spamassassin) on a free loopback port, local
tests only (-L), for the spam check's tests; and two fake servers for
what a real one does not do on demand: garbage and silence."""

import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time

SPAMD = "/usr/sbin/spamd"

GTUBE = b"XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X"


def available():
    return os.access(SPAMD, os.X_OK)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ping(port, timeout=0.5):
    """True when spamd answers PING with PONG."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout) as s:
            s.sendall(b"PING SPAMC/1.5\r\n\r\n")
            return b"PONG" in s.recv(256)
    except OSError:
        return False


class Spamd:
    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="mxq-spamd-")
        self.port = free_port()
        self.proc = None

    def start(self, timeout=60):
        argv = [SPAMD, "-i", "127.0.0.1", "-p", str(self.port),
                "-A", "127.0.0.1", "-L", "-x", "-m", "2", "--min-spare=1",
                "--max-spare=1", "-s", "stderr",
                "-r", os.path.join(self.dir, "pid")]
        if os.geteuid() == 0:
            argv += ["-u", "debian-spamd" if _user_exists("debian-spamd")
                     else "nobody"]
        self.proc = subprocess.Popen(
            argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=open(os.path.join(self.dir, "log"), "wb"))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("spamd exited: " + self.log())
            if ping(self.port):
                return self
            time.sleep(0.1)
        raise RuntimeError("spamd did not get ready: " + self.log())

    def log(self):
        try:
            with open(os.path.join(self.dir, "log"), errors="replace") as f:
                return f.read()[-2000:]
        except FileNotFoundError:
            return ""

    def stop(self):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        shutil.rmtree(self.dir, ignore_errors=True)


def _user_exists(name):
    import pwd
    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False


class FakeSpamd:
    """Accepts each connection, reads the request, then answers `reply`
    and closes; with reply None it answers nothing and holds the
    connection open (a spamd that hangs)."""

    def __init__(self, reply):
        self.reply = reply
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.held = []
        self.requests = 0
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def start(self):
        self.thread.start()
        return self

    def _serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.requests += 1
            conn.settimeout(5)
            try:
                conn.recv(65536)
            except OSError:
                pass
            if self.reply is None:
                self.held.append(conn)
                continue
            try:
                conn.sendall(self.reply)
            except OSError:
                pass
            conn.close()

    def stop(self):
        self.sock.close()
        for c in self.held:
            c.close()
