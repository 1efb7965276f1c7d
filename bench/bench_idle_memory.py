#!/usr/bin/python3
"""The memory an idle connection costs mxqd: opens N connections (default
10,000), sends EHLO on each and reads the reply, then compares mxqd's VmRSS
(/proc/PID/status) before and after. Prints bytes per connection; the goal
is at most 4096. Kernel socket buffers are not in VmRSS: this is mxqd's own
memory (connection struct, engine session, allocator overhead).

    bench/bench_idle_memory.py [BUILD_DIR] [--connections N] [--threads T]
                               [--port P]
    bench/bench_idle_memory.py --hold PORT [--connections N]

--hold opens the connections (EHLO on each) to an mxqd already listening
on 127.0.0.1:PORT, prints "holding N", and keeps them idle until SIGTERM:
bench_throughput.sh runs its load beside them.

The client raises its own open-file limit; when the loopback ports run out
it spreads its source addresses over 127.0.0.2, 127.0.0.3, ...
"""

import argparse
import errno
import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

IP_BIND_ADDRESS_NO_PORT = 24  # linux/in.h: the port is chosen at connect


def status(pid):
    """The fields of /proc/PID/status that are sizes, in bytes."""
    fields = {}
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            name, _, value = line.partition(":")
            parts = value.split()
            if len(parts) == 2 and parts[1] == "kB":
                fields[name] = int(parts[0]) * 1024
    return fields


def read_text(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    except FileNotFoundError:
        return ""


def open_fds(pid):
    return len(os.listdir("/proc/%d/fd" % pid))


def port_free(port):
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
            return True
        except OSError:
            return False


def read_reply(sock):
    """Reads one complete reply; returns its code."""
    data = b""
    while True:
        chunk = sock.recv(4096)
        if not chunk:
            raise ConnectionError("closed by mxqd: %r" % data)
        data += chunk
        if data.endswith(b"\r\n"):
            last = data[:-2].rsplit(b"\r\n", 1)[-1]
            if last[3:4] == b" ":
                return int(last[:3])


class Clients:
    """Connections from 127.0.0.1, then from 127.0.0.2... once the kernel
    runs out of ephemeral ports for one source address."""

    def __init__(self, port):
        self.port = port
        self.source = 1
        self.socks = []

    def connect(self):
        while True:
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.settimeout(30)
            try:
                if self.source > 1:
                    s.setsockopt(socket.IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, 1)
                    s.bind(("127.0.0.%d" % self.source, 0))
                s.connect(("127.0.0.1", self.port))
                return s
            except OSError as e:
                s.close()
                if e.errno != errno.EADDRNOTAVAIL or self.source >= 250:
                    raise
                self.source += 1

    def open(self, count):
        for i in range(count):
            s = self.connect()
            self.socks.append(s)
            if read_reply(s) != 220:
                raise RuntimeError("no greeting on connection %d" % i)
            s.sendall(b"EHLO client%d.example.test\r\n" % i)
            if read_reply(s) != 250:
                raise RuntimeError("EHLO refused on connection %d" % i)
            if (i + 1) % 2000 == 0:
                print("  %d connections open" % (i + 1), flush=True)

    def close(self):
        for s in self.socks:
            s.close()
        self.socks = []


def hold(port, count):
    """Idle connections to a running mxqd until SIGTERM."""
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    clients = Clients(port)
    try:
        clients.open(count)
        print("holding %d" % count, flush=True)
        while True:
            signal.pause()
    finally:
        clients.close()


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("build", nargs="?", default=os.path.join(root, "build"))
    ap.add_argument("--connections", type=int, default=10000)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--port", type=int, default=2720)
    ap.add_argument("--hold", type=int, metavar="PORT")
    args = ap.parse_args()
    mxqd = os.path.join(os.path.abspath(args.build), "mxqd")
    if not os.access(mxqd, os.X_OK):
        sys.exit("no %s: build first" % mxqd)

    # Our side needs a descriptor per connection too.
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = args.connections + 64
    if soft < want:
        new = want if hard == resource.RLIM_INFINITY else min(want, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (new, hard))
        soft = new
    if soft < want:
        sys.exit("open-file limit %d is too low for %d connections"
                 % (soft, args.connections))

    if args.hold:
        hold(args.hold, args.connections)
        return

    port = args.port
    while not port_free(port):
        port += 1
        if port > args.port + 79:
            sys.exit("no free port from %d" % args.port)

    work = tempfile.mkdtemp(prefix="mxq-bench-memory.")
    log = os.path.join(work, "mxqd.log")
    env = {k: v for k, v in os.environ.items() if not k.startswith("MXQ_")}
    proc = subprocess.Popen(
        [mxqd, "--smtp-ip", "127.0.0.1", "--smtp-port", str(port),
         "--hostname", "bench.test", "--smtp-threads", str(args.threads),
         "--smtp-timeout", "3600", "--queue-directory",
         os.path.join(work, "queue"), "--application-log", log],
        stdin=subprocess.DEVNULL, env=env)
    clients = Clients(port)
    try:
        deadline = time.monotonic() + 10
        while " ready" not in read_text(log):
            if proc.poll() is not None or time.monotonic() > deadline:
                sys.exit("mxqd did not start")
            time.sleep(0.05)
        limit = [l for l in read_text(log).splitlines()
                 if "open-file limit" in l]
        before = status(proc.pid)
        fds_before = open_fds(proc.pid)
        print("mxqd %d threads on 127.0.0.1:%d; %s; load average %s"
              % (args.threads, port,
                 limit[0].split("info: ")[-1] if limit else "?",
                 " ".join(open("/proc/loadavg").read().split()[:3])))
        print("opening %d connections, EHLO on each ..." % args.connections,
              flush=True)
        start = time.monotonic()
        clients.open(args.connections)
        elapsed = time.monotonic() - start
        time.sleep(1)  # let the workers settle
        after = status(proc.pid)
        fds_after = open_fds(proc.pid)

        n = args.connections
        grown = after["VmRSS"] - before["VmRSS"]
        print("connections: %d open in %.1f s (client source addresses "
              "127.0.0.1..%d); mxqd descriptors %d -> %d"
              % (n, elapsed, clients.source, fds_before, fds_after))
        print("VmRSS before: %8d kB" % (before["VmRSS"] // 1024))
        print("VmRSS after:  %8d kB  (RssAnon %d kB, VmHWM %d kB)"
              % (after["VmRSS"] // 1024, after.get("RssAnon", 0) // 1024,
                 after.get("VmHWM", 0) // 1024))
        per = grown / n
        print("bytes per idle connection (after EHLO): %.0f  (goal <= 4096: %s)"
              % (per, "ok" if per <= 4096 else "ABOVE"))
    finally:
        clients.close()
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
