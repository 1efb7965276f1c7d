"""A private RabbitMQ node for a test (ci/rabbitmq.sh), and reading queues
back with mxq_amqp_tool (built next to mxqd). Standard library only."""

import os
import shutil
import socket
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SCRIPT = os.path.join(ROOT, "ci", "rabbitmq.sh")
SERVER = "/usr/lib/rabbitmq/bin/rabbitmq-server"


def tool_path(mxqd):
    return os.path.join(os.path.dirname(os.path.abspath(mxqd)), "mxq_amqp_tool")


def available(mxqd):
    """Why the broker tests cannot run here, or None."""
    if not os.path.exists(SERVER):
        return "rabbitmq-server is not installed"
    if not os.path.exists(tool_path(mxqd)):
        return "mxq_amqp_tool is not built"
    return None


def skip_unless_available(mxqd):
    """Exits 77 (ctest: skipped) when the broker tests cannot run here."""
    why = available(mxqd)
    if why:
        print("skipped:", why)
        sys.exit(77)


class Checks:
    """Checks that go on after a failure; result() is the exit status."""

    def __init__(self):
        self.failures = []

    def check(self, cond, what):
        if not cond:
            self.failures.append(what)
            print("FAIL:", what)

    def result(self):
        if self.failures:
            print("%d checks failed" % len(self.failures))
            return 1
        print("all checks passed")
        return 0


def _port_free(port):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def pick_port(low, high, extra=()):
    """An AMQP port in [low, high) whose distribution (+100) and epmd
    (+200) ports are free too (ci/rabbitmq.sh derives them), and port + n
    for each n of extra (e.g. a TLS listener's)."""
    for port in range(low, high, 2):
        offsets = (0, 100, 200) + tuple(extra)
        if all(_port_free(port + n) for n in offsets):
            return port
    raise RuntimeError("no free broker port in %d..%d" % (low, high))


class Broker:
    """extra_conf(port): lines added to the node's rabbitmq.conf;
    extra_ports: offsets from the AMQP port that must be free too (for the
    listeners extra_conf adds)."""

    def __init__(self, low=25600, high=25700, extra_conf=None,
                 extra_ports=()):
        self.dir = tempfile.mkdtemp(prefix="mxq-rabbit-")
        self.port = pick_port(low, high, extra_ports)
        self.url = "amqp://guest:guest@127.0.0.1:%d" % self.port
        self.started = False
        if extra_conf is not None:
            with open(os.path.join(self.dir, "extra.conf"), "w") as f:
                f.write(extra_conf(self.port))

    def _run(self, *args, check=True, timeout=180):
        return subprocess.run([SCRIPT] + list(args), check=check,
                              timeout=timeout, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT)

    def start(self):
        self.started = True
        self._run("start", self.dir, str(self.port))
        return self

    def kill(self):
        self._run("kill", self.dir)

    def restart(self):
        self._run("restart", self.dir)

    def stop(self):
        if self.started:
            self._run("stop", self.dir, check=False)
            self.started = False
        shutil.rmtree(self.dir, ignore_errors=True)

    def ctl(self, *args):
        out = self._run("ctl", self.dir, *args, check=False)
        return out.stdout.decode("utf-8", "replace")

    def queues(self):
        """{name: (messages, type, arguments text)}"""
        text = self.ctl("list_queues", "-q", "--no-table-headers", "name",
                        "messages", "type", "arguments")
        result = {}
        for line in text.splitlines():
            parts = line.split("\t")
            if len(parts) == 4 and parts[1].isdigit():
                result[parts[0]] = (int(parts[1]), parts[2], parts[3])
        return result


def get_all(mxqd, url, queue, how="get"):
    """Every message of queue, taken off it: a list of dicts with key,
    message_id, content_type, content_encoding, delivery_mode, body.
    how: "get" (basic.get) or "drain" (a consumer: faster on quorum
    queues)."""
    out = subprocess.run([tool_path(mxqd), how, url, queue], check=True,
                         stdout=subprocess.PIPE, timeout=120).stdout
    messages, at = [], 0
    while at < len(out):
        nl = out.index(b"\n", at)
        head = out[at:nl].decode().split(" ")
        assert head[0] == "M" and len(head) == 7, head
        length = int(head[6])
        body = out[nl + 1:nl + 1 + length]
        assert out[nl + 1 + length:nl + 2 + length] == b"\n"
        at = nl + 2 + length
        none = lambda s: None if s == "-" else s
        messages.append({"key": head[1], "message_id": none(head[2]),
                         "content_type": none(head[3]),
                         "content_encoding": none(head[4]),
                         "delivery_mode": int(head[5]), "body": body})
    return messages
