"""Runs the real mxqd for a test: a free loopback port, a fresh queue
directory, the application log in a file; reads what landed in new/."""

import json
import os
import re
import shutil
import signal
import smtplib
import socket
import subprocess
import sys
import tempfile
import time

MXQD = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("MXQD", "")
HOSTNAME = "mx.test.example"


def free_port():
    """A loopback port nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_in_range(ports, **settings):
    """mxqd on the first port of the range it can bind: tests with fixed
    port ranges may run beside another run holding one of them."""
    lo, hi = ports
    for port in range(lo, hi + 1):
        m = Mxqd(smtp_port=port, **settings)
        m.port = port
        try:
            return m.start()
        except RuntimeError as e:
            m.cleanup()
            if "Address already in use" not in str(e):
                raise
    raise RuntimeError("no free port in %d-%d" % ports)


def ipv6_loopback():
    """Whether ::1 can be bound here (some containers have no IPv6)."""
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as s:
            s.bind(("::1", 0))
        return True
    except OSError:
        return False


def connect(port, source="127.0.0.1", timeout=10):
    """A raw client socket to 127.0.0.1:port, bound to a loopback source
    address."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.settimeout(timeout)
    sock.bind((source, 0))
    sock.connect(("127.0.0.1", port))
    return sock


def read_line(sock, timeout=10):
    """One line up to its CRLF (or what came before EOF), byte by byte."""
    sock.settimeout(timeout)
    data = b""
    while not data.endswith(b"\r\n"):
        chunk = sock.recv(1)
        if not chunk:
            break
        data += chunk
    return data


def read_until(sock, marker, timeout=10):
    """Reads until marker has been seen (or EOF); returns all bytes."""
    sock.settimeout(timeout)
    data = b""
    while marker not in data:
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    return data


def read_to_eof(sock, timeout=10, reset_is_eof=False):
    """Everything until the peer closes; with reset_is_eof a connection
    reset ends the data too instead of raising."""
    sock.settimeout(timeout)
    data = b""
    while True:
        try:
            chunk = sock.recv(65536)
        except ConnectionResetError:
            if not reset_is_eof:
                raise
            return data
        if not chunk:
            return data
        data += chunk


def read_reply(sock, timeout=10):
    """One complete reply, possibly multi-line."""
    sock.settimeout(timeout)
    data = b""
    while True:
        chunk = sock.recv(1)
        if not chunk:
            return data
        data += chunk
        if data.endswith(b"\r\n"):
            last = data[:-2].rsplit(b"\r\n", 1)[-1]
            if last[3:4] != b"-":
                return data


def reply_codes(data):
    """The code of each complete reply (the last line of a multi-line one)."""
    codes = []
    for line in data.split(b"\r\n")[:-1]:
        if line[3:4] != b"-":
            codes.append(int(line[:3]))
    return codes


def after_received(mime):
    """The message after mxqd's Received header field (with its folded
    continuation lines), as bytes."""
    data = mime.encode("utf-8")
    assert data.startswith(b"Received: "), data[:40]
    end = 0
    while True:
        end = data.index(b"\r\n", end) + 2
        if data[end:end + 1] not in (b" ", b"\t"):
            return data[end:]


class Mxqd:
    """mxqd on 127.0.0.1; settings given as --name value."""

    def __init__(self, **settings):
        self.dir = tempfile.mkdtemp(prefix="mxqd-test-")
        self.queue_dir = os.path.join(self.dir, "queue")
        self.log_path = os.path.join(self.dir, "mxqd.log")
        self.port = free_port()
        args = {
            "smtp-ip": "127.0.0.1",
            "smtp-port": str(self.port),
            "queue-directory": self.queue_dir,
            "application-log": self.log_path,
            "hostname": HOSTNAME,
        }
        args.update({k.replace("_", "-"): str(v) for k, v in settings.items()})
        self.ip = args["smtp-ip"]
        self.argv = [MXQD]
        for name, value in args.items():
            self.argv += ["--" + name, value]
        self.proc = None

    def start(self, timeout=10):
        self.proc = subprocess.Popen(self.argv, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL,
                                     stderr=open(self.log_path + ".stderr", "wb"))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("mxqd exited with %d: %s" %
                                   (self.proc.returncode, self.stderr()))
            if " ready" in self.log():
                return self
            time.sleep(0.02)
        raise RuntimeError("mxqd did not get ready: " + self.log())

    def smtp(self, timeout=10, **kwargs):
        """An smtplib client connected to mxqd's address and port."""
        return smtplib.SMTP(self.ip, self.port, timeout=timeout, **kwargs)

    def log(self):
        try:
            with open(self.log_path, encoding="utf-8", errors="replace") as f:
                return f.read()
        except FileNotFoundError:
            return ""

    def wait_log(self, pattern, timeout=10):
        """The log once it matches the regular expression pattern."""
        deadline = time.monotonic() + timeout
        while True:
            log = self.log()
            if re.search(pattern, log) or time.monotonic() > deadline:
                return log
            time.sleep(0.02)

    def stderr(self):
        with open(self.log_path + ".stderr", encoding="utf-8",
                  errors="replace") as f:
            return f.read()

    def queue_path(self, queue="inbox", sub="new"):
        return os.path.join(self.queue_dir, queue, sub)

    def files(self, queue="inbox", sub="new"):
        return sorted(os.listdir(self.queue_path(queue, sub)))

    def documents(self, queue="inbox"):
        """Every document in new/, parsed; each line must be JSON."""
        docs = []
        for name in self.files(queue):
            with open(os.path.join(self.queue_path(queue), name), "rb") as f:
                data = f.read()
            assert data.endswith(b"\n"), name + ": not whole lines"
            for line in data.split(b"\n")[:-1]:
                docs.append(json.loads(line))
        return docs

    def wait_documents(self, count, queue="inbox", timeout=10):
        deadline = time.monotonic() + timeout
        while True:
            docs = self.documents(queue)
            if len(docs) >= count or time.monotonic() > deadline:
                return docs
            time.sleep(0.02)

    def documents_for(self, rcpt, queue="inbox", timeout=10):
        """The documents for one recipient, waiting for them to land."""
        deadline = time.monotonic() + timeout
        while True:
            docs = [d for d in self.documents(queue) if d["recipient"] == rcpt]
            if docs or time.monotonic() > deadline:
                return docs
            time.sleep(0.02)

    def signal(self, sig):
        self.proc.send_signal(sig)

    def stop(self, timeout=30):
        """SIGTERM; returns the exit status."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise

    def cleanup(self):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        shutil.rmtree(self.dir, ignore_errors=True)

    def finish(self, only_if_running=False):
        """For a tearDown: stops mxqd (with only_if_running, unless it has
        exited already), fails unless it exits 0, and always cleans up."""
        try:
            if not only_if_running or self.proc.poll() is None:
                status = self.stop()
                if status != 0:
                    raise AssertionError("mxqd exited with %r, not 0" % status)
        finally:
            self.cleanup()


def run(*test_case_classes):
    """unittest's main with the daemon path taken off argv; 77: skipped."""
    import unittest
    if not MXQD or not os.access(MXQD, os.X_OK):
        print("mxqd binary not given or not executable: skipped")
        sys.exit(77)
    suite = unittest.TestSuite()
    for case in test_case_classes:
        suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(case))
    result = unittest.TextTestRunner(verbosity=2).run(suite)
    sys.exit(0 if result.wasSuccessful() else 1)
