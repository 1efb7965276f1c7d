"""A real unbound on a free loopback port, serving a static zone: the DNS
server the checks' tests resolve against. Records are given as unbound's
local-data lines ("pass.test. TXT \"v=spf1 -all\""); any other name under
the zone is NXDOMAIN, a listed name without the asked type NODATA."""

import os
import shutil
import socket
import subprocess
import tempfile
import time

UNBOUND = "/usr/sbin/unbound"


def available():
    return os.access(UNBOUND, os.X_OK)


def free_udp_port():
    """A loopback port free for UDP and TCP right now."""
    for _ in range(50):
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u:
            u.bind(("127.0.0.1", 0))
            port = u.getsockname()[1]
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as t:
                try:
                    t.bind(("127.0.0.1", port))
                except OSError:
                    continue
            return port
    raise RuntimeError("no free port for unbound")


def query_once(port, name, timeout=0.2):
    """Sends one A query for name; True when any reply came back."""
    qid = os.urandom(2)
    labels = b"".join(bytes([len(p)]) + p.encode() for p in name.split("."))
    packet = qid + b"\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00" + labels + \
        b"\x00\x00\x01\x00\x01"
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.settimeout(timeout)
        s.sendto(packet, ("127.0.0.1", port))
        try:
            reply = s.recv(4096)
        except socket.timeout:
            return False
    return reply[:2] == qid


class Unbound:
    def __init__(self, records, zone="test.", refused=()):
        """refused: zones under `zone` whose every query is REFUSED (a
        name server that fails, for temperror cases)."""
        self.dir = tempfile.mkdtemp(prefix="mxq-unbound-")
        self.port = free_udp_port()
        lines = [
            "server:",
            "  interface: 127.0.0.1@%d" % self.port,
            "  port: %d" % self.port,
            "  do-daemonize: no",
            '  chroot: ""',
            '  username: ""',
            '  pidfile: ""',
            "  use-syslog: no",
            '  logfile: ""',
            "  verbosity: 0",
            "  access-control: 127.0.0.0/8 allow",
            "  do-not-query-localhost: no",
            '  module-config: "iterator"',
            '  local-zone: "%s" static' % zone,
        ]
        lines += ['  local-zone: "%s" always_refuse' % z for z in refused]
        lines += ["  local-data: '%s'" % r for r in records]
        lines += ["remote-control:", "  control-enable: no"]
        self.conf = os.path.join(self.dir, "unbound.conf")
        with open(self.conf, "w") as f:
            f.write("\n".join(lines) + "\n")
        self.proc = None

    def start(self, timeout=10):
        self.proc = subprocess.Popen(
            [UNBOUND, "-d", "-c", self.conf], stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=open(os.path.join(self.dir, "stderr"), "wb"))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                with open(os.path.join(self.dir, "stderr")) as f:
                    raise RuntimeError("unbound exited: " + f.read())
            if query_once(self.port, "ready.test"):
                return self
            time.sleep(0.02)
        raise RuntimeError("unbound did not answer on port %d" % self.port)

    def server(self):
        """The dns-servers value for mxqd."""
        return "127.0.0.1:%d" % self.port

    def stop(self):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        shutil.rmtree(self.dir, ignore_errors=True)
