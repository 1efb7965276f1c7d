"""Zero loss on a RabbitMQ cluster under node and mxqd crashes (issue 14).

A 3-node RabbitMQ cluster on loopback (ci/rabbitmq_cluster.sh: one private
epmd, one Erlang cookie), three mxqd on 127.0.0.1, 127.0.0.2 and 127.0.0.3
(rabbitmq-queue-type: quorum, rabbitmq-address listing the three nodes),
and one HAProxy in front, spreading the SMTP sessions over them with
send-proxy-v2 from 127.0.0.4 (mxqd's smtp-proxy). 8 sender threads send
for 40 s through HAProxy; at 10 s the broker node holding most AMQP
connections is SIGKILLed (restarted 10 s later), at 25 s one mxqd is
SIGKILLed (restarted 5 s later). A sender that gets anything but 250
(451, a dropped connection) retries the same message (same Message-ID)
after a short pause, as an MTA would; only a 250 counts as accepted.

At the end the quorum queue is drained and counted, the de-duplication key
being the client's Message-ID header in the document's MIME (a retried
message gets new mxqd ids, docs/rabbitmq.md) with the recipient: every
document of every accepted message must be there (lost = 0), and so must
every document id a 250 named; duplicates are counted. Each document's
`connection` must name the real client (127.0.0.1 and the sender's port,
HAProxy's frontend as local address) from the PROXY v2 header, and every
mxqd must have stored some. Prints accepted, found, lost, duplicates, the
451s seen and the failover time (the longest a sender saw no 250 after
the broker kill).

Usage: test_cluster_fault.py PATH/TO/mxqd
Environment: MXQ_CLUSTER_SECONDS (default 40), MXQ_CLUSTER_SENDERS (8),
MXQ_CLUSTER_KEEP=DIR (copy the mxqd, HAProxy and RabbitMQ logs there).
Ports: RabbitMQ 26400-26699 (ci/rabbitmq_cluster.sh's layout), SMTP
2960-2989. Skipped (77) without rabbitmq-server, haproxy or
mxq_amqp_tool."""

import collections
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
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import amqp_broker  # noqa: E402
from mxqd_harness import MXQD, Mxqd  # noqa: E402

SECONDS = float(os.environ.get("MXQ_CLUSTER_SECONDS", "40"))
SENDERS = int(os.environ.get("MXQ_CLUSTER_SENDERS", "8"))
BROKER_KILL_AT = SECONDS * 0.25         # 10 s of 40
BROKER_DOWN = SECONDS * 0.25            # restarted 10 s later
MXQD_KILL_AT = SECONDS * 0.625          # 25 s
MXQD_DOWN = SECONDS * 0.125             # restarted 5 s later
RETRY_PAUSE = 0.2                       # a sender's pause before a retry
PACE = 0.02                             # and after each 250 (2 cores)
MESSAGES_PER_SESSION = 10               # then QUIT and a new session
FAILOVER_BOUND = 5.0                    # seconds without a 250, at most

SCRIPT = os.path.join(amqp_broker.ROOT, "ci", "rabbitmq_cluster.sh")
MXQD_IPS = ["127.0.0.1", "127.0.0.2", "127.0.0.3"]
PROXY_IP = "127.0.0.4"                  # HAProxy's source towards mxqd
CLIENT_IP = "127.0.0.1"                 # the senders'
RUN = "%x%x" % (int(time.time()), os.getpid())

HAPROXY_CONFIG = """
global
    maxconn 500
    # A port another run holds must fail the bind, not be shared.
    noreuseport

defaults
    mode tcp
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    # A killed mxqd refuses connections: try again on another server.
    retries 3
    option redispatch 1

frontend smtp
    bind 127.0.0.1:%(front)d
    default_backend mxq

backend mxq
    balance roundrobin
    server mx1 127.0.0.1:%(port)d send-proxy-v2 source %(src)s
    server mx2 127.0.0.2:%(port)d send-proxy-v2 source %(src)s
    server mx3 127.0.0.3:%(port)d send-proxy-v2 source %(src)s
"""


def port_free(port, ips=("127.0.0.1",)):
    for ip in ips:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                s.bind((ip, port))
            except OSError:
                return False
    return True


def listening(ip, port):
    try:
        socket.create_connection((ip, port), 1).close()
        return True
    except OSError:
        return False


class Cluster:
    """ci/rabbitmq_cluster.sh on a base port whose 7 ports are free."""

    def __init__(self, low=26400, high=26490):
        self.dir = tempfile.mkdtemp(prefix="mxq-rabbit-cluster-")
        for base in range(low, high, 3):
            if all(port_free(base + o) for o in
                   (0, 1, 2, 100, 101, 102, 200)):
                self.base = base
                break
        else:
            raise RuntimeError("no free cluster ports in %d..%d" % (low, high))
        self.ports = [self.base + i for i in range(3)]
        self.urls = ["amqp://guest:guest@127.0.0.1:%d/" % p
                     for p in self.ports]
        self.started = False

    def _run(self, *args, check=True, timeout=180):
        out = subprocess.run([SCRIPT] + [args[0], self.dir] + list(args[1:]),
                             timeout=timeout, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT)
        text = out.stdout.decode("utf-8", "replace")
        if check and out.returncode != 0:
            raise RuntimeError("rabbitmq_cluster.sh %s: %s" % (args, text))
        return text

    def start(self):
        self.started = True
        self._run("start", str(self.base))

    def kill(self, node):
        self._run("kill", str(node))

    def restart(self, node):
        self._run("restart", str(node))

    def ctl(self, node, *args, timeout=60):
        return self._run("ctl", str(node), *args, check=False,
                         timeout=timeout)

    def stop(self):
        if self.started:
            self._run("stop", check=False)
            self.started = False
        shutil.rmtree(self.dir, ignore_errors=True)

    def connections_by_node(self, node=1):
        """{node number: AMQP connections}, from the cluster's list."""
        text = self.ctl(node, "list_connections", "-q",
                        "--no-table-headers", "port", timeout=20)
        counts = collections.Counter()
        for line in text.split():
            if line.isdigit() and int(line) in self.ports:
                counts[self.ports.index(int(line)) + 1] += 1
        return counts


def start_mxqd(m, timeout=20):
    """Starts (or starts again, after a kill) mxqd m: ready once its log
    says so after what it held before."""
    offset = len(m.log())
    # mxqd reads MXQ_* variables as settings and refuses unknown ones.
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("MXQ_CLUSTER_")}
    m.proc = subprocess.Popen(m.argv, stdin=subprocess.DEVNULL, env=env,
                              stdout=subprocess.DEVNULL,
                              stderr=open(m.log_path + ".stderr", "ab"))
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if m.proc.poll() is not None:
            raise RuntimeError("mxqd exited with %d: %s" %
                               (m.proc.returncode, m.stderr()))
        if " ready" in m.log()[offset:]:
            return m
        time.sleep(0.02)
    raise RuntimeError("mxqd did not get ready: " + m.log()[offset:])


class Message:
    def __init__(self, sender, seq):
        self.id = "<%s.%d.%d@senders.test>" % (RUN, sender, seq)
        self.rcpts = ["r%d@example.test" % i for i in range(1 + seq % 2)]
        self.sender = sender
        self.ports = set()       # client ports of the sessions it was tried on
        self.attempts = 0
        self.accepted_at = None  # time of the 250
        self.doc_ids = []        # mxqd's ids in the 250 reply
        self.body = ("Message-ID: %s\r\nFrom: <s%d@example.test>\r\n"
                     "Subject: cluster %d/%d\r\n\r\nsender %d message %d\r\n"
                     % (self.id, sender, sender, seq, sender, seq)
                     ).encode() + b"z" * 1000 + b"\r\n"


class Counts:
    def __init__(self):
        self.lock = threading.Lock()
        self.messages = []                    # every Message tried
        self.ok_times = collections.defaultdict(list)   # sender -> 250 times
        self.refused = []                     # times of 451 at MAIL
        self.failed = []                      # times of 451 after DATA
        self.errors = []                      # times of dropped sessions
        self.other = collections.Counter()


def attempt(client, msg, index):
    """One try of msg on an open session: (stage, code, reply)."""
    code, reply = client.mail("s%d@example.test" % index)
    if code != 250:
        return "MAIL", code, reply
    for r in msg.rcpts:
        code, reply = client.rcpt(r)
        if code != 250:
            return "RCPT", code, reply
    code, reply = client.data(msg.body)
    return "DATA", code, reply


def sender(index, port, stop, counts):
    client = None
    in_session = 0
    seq = 0
    while not stop.is_set():
        seq += 1
        msg = Message(index, seq)
        with counts.lock:
            counts.messages.append(msg)
        while not stop.is_set():
            msg.attempts += 1
            try:
                if client is None:
                    client = smtplib.SMTP("127.0.0.1", port, timeout=30,
                                          source_address=(CLIENT_IP, 0))
                    client.ehlo("sender%d.test" % index)
                    in_session = 0
                msg.ports.add(client.sock.getsockname()[1])
                stage, code, reply = attempt(client, msg, index)
                now = time.monotonic()
                if stage == "DATA" and code == 250:
                    msg.doc_ids = re.findall(
                        r"^2\.0\.0 (\S+) for ",
                        reply.decode("utf-8", "replace"), re.M)
                    msg.accepted_at = now
                    with counts.lock:
                        counts.ok_times[index].append(now)
                    in_session += 1
                    if in_session >= MESSAGES_PER_SESSION:
                        client.quit()
                        client = None
                    time.sleep(PACE)
                    break
                with counts.lock:
                    if code == 451 and stage == "MAIL":
                        counts.refused.append(now)
                    elif code == 451 and stage == "DATA":
                        counts.failed.append(now)
                    else:
                        counts.other["%d at %s" % (code, stage)] += 1
                if code == 421:
                    raise smtplib.SMTPServerDisconnected("421")
                client.rset()
            except (smtplib.SMTPException, OSError) as e:
                with counts.lock:
                    counts.errors.append(time.monotonic())
                    counts.other[type(e).__name__] += 1
                try:
                    if client is not None:
                        client.close()
                except OSError:
                    pass
                client = None
            time.sleep(RETRY_PAUSE)
    if client is not None:
        try:
            client.quit()
        except (smtplib.SMTPException, OSError):
            pass


def longest_gap(times, since, until):
    """The longest time without a 250 from `since` on, among the gaps that
    start before `until` (the next event): seconds."""
    points = [since] + sorted(t for t in times if t > since)
    gaps = [b - a for a, b in zip(points, points[1:]) if a < until]
    if len(points) == 1:
        return float("inf")
    return max(gaps) if gaps else 0.0


def header_message_id(mime):
    m = re.search(r"(?im)^Message-ID:[ \t]*(<[^>\r\n]*>)", mime)
    return m.group(1) if m else None


def broker_log_summary(log, limit=8):
    """mxqd's rabbitmq lines, ids and numbers blanked, counted."""
    lines = collections.Counter()
    for line in log.splitlines():
        at = line.find("rabbitmq: ")
        if at < 0:
            continue
        text = re.sub(r"\b[0-9a-z]{13}\b", "ID", line[at:])
        text = re.sub(r"\d+", "N", text)
        lines[text] += 1
    return lines.most_common(limit)


def main():
    amqp_broker.skip_unless_available(MXQD)
    if shutil.which("haproxy") is None:
        print("skipped: haproxy is not installed")
        sys.exit(77)
    begun = time.monotonic()
    cluster = Cluster()
    smtp_port = next(p for p in range(2960, 2990, 2)
                     if port_free(p, MXQD_IPS) and port_free(p + 1))
    front_port = smtp_port + 1
    address = ",".join(cluster.urls)
    mxqds = [Mxqd(smtp_ip=ip, smtp_port=smtp_port,
                  hostname="mx%d.test.example" % (i + 1),
                  rabbitmq_address=address, rabbitmq_queue_type="quorum",
                  rabbitmq_confirm_timeout=10, smtp_threads=1,
                  smtp_proxy=PROXY_IP + "/32")
             for i, ip in enumerate(MXQD_IPS)]
    by_host = {"mx%d.test.example" % (i + 1): i for i in range(3)}
    haproxy = None
    haproxy_log = None
    counts = Counts()
    stop = threading.Event()
    threads = []
    events = []
    problems = []
    restarter = None
    try:
        cluster.start()
        setup = time.monotonic() - begun
        for m in mxqds:
            start_mxqd(m)
        for m in mxqds:
            m.wait_log(r"publisher 0 connected to", timeout=60)
        config = os.path.join(mxqds[0].dir, "haproxy.cfg")
        with open(config, "w") as f:
            f.write(HAPROXY_CONFIG % {"front": front_port, "port": smtp_port,
                                      "src": PROXY_IP})
        haproxy_log = open(os.path.join(mxqds[0].dir, "haproxy.log"), "wb")
        haproxy = subprocess.Popen([shutil.which("haproxy"), "-db", "-f",
                                    config], stdin=subprocess.DEVNULL,
                                   stdout=haproxy_log,
                                   stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 10
        while not listening("127.0.0.1", front_port):
            if haproxy.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("haproxy did not start")
            time.sleep(0.05)
        queues = cluster.ctl(1, "list_queues", "-q", "--no-table-headers",
                             "name", "type", "members")
        print("queues before the run:", queues.strip())
        print("setup: cluster %.1f s, all %.1f s" %
              (setup, time.monotonic() - begun))

        start = time.monotonic()
        for i in range(SENDERS):
            t = threading.Thread(target=sender,
                                 args=(i, front_port, stop, counts))
            t.start()
            threads.append(t)

        def at(seconds):
            left = start + seconds - time.monotonic()
            if left > 0:
                time.sleep(left)

        # The broker node with the most AMQP connections (mxqd's
        # publishers all prefer node 1, the first of the list).
        at(BROKER_KILL_AT - 3)
        by_node = cluster.connections_by_node(1)
        leader = cluster.ctl(1, "list_queues", "-q", "--no-table-headers",
                             "name", "leader", timeout=20).strip()
        victim = by_node.most_common(1)[0][0] if by_node else 1
        at(BROKER_KILL_AT)
        t_bk = time.monotonic()
        cluster.kill(victim)
        events.append(("broker node %d killed (AMQP connections by node "
                       "%s; queue leader: %s)" % (victim, dict(by_node),
                                                  leader), t_bk - start))

        def restart_broker():
            at(BROKER_KILL_AT + BROKER_DOWN)
            t = time.monotonic()
            try:
                cluster.restart(victim)
            except (RuntimeError, subprocess.TimeoutExpired) as e:
                problems.append("broker node %d did not restart: %s"
                                % (victim, e))
                return
            events.append(("broker node %d restarted (ready after %.1f s)"
                           % (victim, time.monotonic() - t), t - start))

        restarter = threading.Thread(target=restart_broker)
        restarter.start()

        at(MXQD_KILL_AT)
        t_mk = time.monotonic()
        killed = mxqds[1]
        killed.proc.kill()
        killed.proc.wait()
        events.append(("mxqd on %s killed" % killed.ip, t_mk - start))
        at(MXQD_KILL_AT + MXQD_DOWN)
        t = time.monotonic()
        restart_offset = len(killed.log())
        start_mxqd(killed)
        events.append(("mxqd on %s restarted" % killed.ip, t - start))
        at(SECONDS)
        stop.set()
        for t in threads:
            t.join(timeout=60)
        elapsed = time.monotonic() - start
        restarter.join(timeout=120)

        # The killed mxqd's new instance must publish again.
        deadline = time.monotonic() + 30
        while ("publisher 0 connected to" not in
               killed.log()[restart_offset:]):
            if time.monotonic() > deadline:
                problems.append("the restarted mxqd did not connect")
                break
            time.sleep(0.1)
        logs = [m.log() for m in mxqds]
        statuses = [m.stop() for m in mxqds]
        haproxy.send_signal(signal.SIGTERM)
        haproxy.wait(10)
        haproxy = None

        # Settle: every node up, then what the queue holds, asked of a
        # node that was never killed.
        alive = victim % 3 + 1
        cluster.ctl(alive, "await_online_nodes", "3", "--timeout", "60",
                    timeout=70)
        queues = cluster.ctl(alive, "list_queues", "-q", "--no-table-headers",
                             "name", "type", "messages", "leader", "online")
        t = time.monotonic()
        drained = amqp_broker.get_all(MXQD, cluster.urls[alive - 1], "inbox",
                                      how="drain")
        print("after the senders: %.1f s to stop and settle, %.1f s to "
              "drain" % (t - start - elapsed, time.monotonic() - t))
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=60)
        if restarter is not None:
            restarter.join(timeout=120)
        if haproxy is not None:
            haproxy.kill()
            haproxy.wait()
        if haproxy_log is not None:
            haproxy_log.close()
        keep = os.environ.get("MXQ_CLUSTER_KEEP")
        if keep:
            os.makedirs(keep, exist_ok=True)
            for m in mxqds:
                shutil.copytree(m.dir, os.path.join(keep, os.path.basename(
                    m.dir)), dirs_exist_ok=True)
        for m in mxqds:
            m.cleanup()
        if keep:
            cluster.ctl(1, "list_queues", timeout=20)
            for n in (1, 2, 3):
                shutil.copytree(os.path.join(cluster.dir, "n%d" % n, "log"),
                                os.path.join(keep, "rabbit-n%d" % n),
                                dirs_exist_ok=True)
        cluster.stop()

    # Count.
    accepted = [m for m in counts.messages if m.accepted_at is not None]
    wanted = {(m.id, r): m for m in accepted for r in m.rcpts}
    acked_ids = {i for m in accepted for i in m.doc_ids}
    found = collections.Counter()
    json_ids = collections.Counter()
    per_mxqd = collections.Counter()
    bad_conn = []
    by_id = {m.id: m for m in counts.messages}
    unknown = 0
    for item in drained:
        doc = json.loads(item["body"])
        json_ids[doc.get("message-id")] += 1
        mid = header_message_id(doc.get("mime", ""))
        key = (mid, doc.get("recipient"))
        found[key] += 1
        per_mxqd[doc.get("hostname")] += 1
        msg = by_id.get(mid)
        if msg is None:
            unknown += 1
            continue
        c = doc.get("connection", {})
        if (c.get("remote-ip") != CLIENT_IP or
                c.get("remote-port") not in msg.ports or
                c.get("local-ip") != "127.0.0.1" or
                c.get("local-port") != front_port):
            bad_conn.append((mid, c))
    lost = [k for k in wanted if k not in found]
    lost_ids = acked_ids - set(json_ids)
    duplicates = sum(n - 1 for n in found.values() if n > 1)
    same_doc_twice = sum(n - 1 for n in json_ids.values() if n > 1)
    unacked_stored = sum(1 for k in found if k not in wanted)
    failover = max(longest_gap(counts.ok_times[i], t_bk, t_mk)
                   for i in range(SENDERS))
    after_mxqd = max(longest_gap(counts.ok_times[i], t_mk, float("inf"))
                     for i in range(SENDERS))
    window = [t for t in counts.refused + counts.failed
              if t_bk <= t < t_mk]
    retried = sum(1 for m in accepted if m.attempts > 1)

    print("cluster fault test: %d senders, %.1f s of sending, %.1f s in all"
          % (SENDERS, elapsed, time.monotonic() - begun))
    for what, when in sorted(events, key=lambda e: e[1]):
        print("  at %5.1f s: %s" % (when, what))
    print("  accepted      %6d messages (250), %d documents, %d after "
          "retries" % (len(accepted), len(wanted), retried))
    print("  found         %6d distinct documents in the quorum queue "
          "(%d drained)" % (len(found), len(drained)))
    print("  lost          %6d (accepted, not in the queue)" % len(lost))
    print("  lost ids      %6d (document ids of a 250, not in the queue)"
          % len(lost_ids))
    print("  duplicates    %6d (same Message-ID and recipient again; same "
          "document id twice: %d)" % (duplicates, same_doc_twice))
    print("  stored, never accepted %d documents (their client retried or "
          "gave up at the end)" % unacked_stored)
    print("  451 at MAIL   %6d, 451 after DATA %d, dropped sessions %d"
          % (len(counts.refused), len(counts.failed), len(counts.errors)))
    if window:
        print("  after the broker kill: 451s from +%.2f s to +%.2f s"
              % (min(window) - t_bk, max(window) - t_bk))
    print("  failover: longest a sender saw no 250 after the broker kill: "
          "%.2f s" % failover)
    print("  longest a sender saw no 250 after the mxqd kill: %.2f s"
          % after_mxqd)
    nacks = sum(log.count("(nack)") for log in logs)
    print("  nacks: %d connections ended for one (a quorum queue without a "
          "leader; renewed after a pause)" % nacks)
    print("  documents per mxqd: %s" % dict(sorted(per_mxqd.items())))
    print("  queues at the end: %s" % " | ".join(queues.strip().splitlines()))
    if counts.other:
        print("  client-side:", dict(counts.other))
    for i, log in enumerate(logs):
        print("  mxqd %s, its broker lines:" % MXQD_IPS[i])
        for text, n in broker_log_summary(log):
            print("    %5d x %s" % (n, text[:150]))

    if lost:
        problems.append("lost %d: %s" % (len(lost), sorted(lost)[:5]))
    if lost_ids:
        problems.append("lost document ids %d: %s"
                        % (len(lost_ids), sorted(lost_ids)[:5]))
    if not accepted:
        problems.append("nothing accepted")
    if unknown:
        problems.append("%d documents with an unknown Message-ID" % unknown)
    if bad_conn:
        problems.append("%d documents without the PROXY client in "
                        "`connection`, e.g. %r" % (len(bad_conn), bad_conn[0]))
    for host, i in by_host.items():
        if per_mxqd[host] == 0:
            problems.append("no documents from mxqd %s" % MXQD_IPS[i])
        if "PROXY v2 from %s: client %s port" % (PROXY_IP, CLIENT_IP) \
                not in logs[i]:
            problems.append("mxqd %s logged no PROXY v2 client"
                            % MXQD_IPS[i])
    if "quorum" not in queues:
        problems.append("inbox is not a quorum queue: %r" % queues)
    if not any(t > t_mk + MXQD_DOWN for t in
               (x for v in counts.ok_times.values() for x in v)):
        problems.append("no 250 after the mxqd restart")
    if failover == float("inf"):
        problems.append("no 250 after the broker kill: no failover")
    elif failover > FAILOVER_BOUND:
        # RabbitMQ 3.10.8: a channel opened while the quorum queue elects
        # its next leader may nack every publish; mxqd renews such a
        # connection, and moves off a lost node at once.
        problems.append("failover took %.2f s (bound %.0f s)"
                        % (failover, FAILOVER_BOUND))
    for i, s in enumerate(statuses):
        if s != 0:
            problems.append("mxqd %s exit status %s" % (MXQD_IPS[i], s))
    for p in problems:
        print("FAIL:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
