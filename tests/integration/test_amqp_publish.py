"""The RabbitMQ publisher against a real broker (a private node started
here): documents land in the right queues with the right bytes and AMQP
properties, with and without an exchange and gzip; unroutable documents
fail their whole message; queue arguments are declared; a declaration
mismatch keeps the publisher unavailable; a memory alarm (connection.blocked)
fails what waits for it; the failover list is walked; a broker killed mid-run fails
what was in flight, and publishing resumes by itself after the restart
with every confirmed document still in the queue.

Usage: test_amqp_publish.py PATH/TO/mxqd (mxq_amqp_tool next to it)."""

import gzip
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import amqp_broker  # noqa: E402

MXQD = sys.argv[1] if len(sys.argv) > 1 else ""
TOOL = amqp_broker.tool_path(MXQD)
checks = amqp_broker.Checks()
check = checks.check


def make_units(prefix, queues, count, rng):
    """[(message_ids, [(queue, id, body)])]: 1..3 documents per unit,
    bodies from empty to 300 KB (more than one AMQP frame), UTF-8."""
    units = []
    for u in range(count):
        docs = []
        for d in range(1 + u % 3):
            mid = "%s%d-%d" % (prefix, u, d)
            size = rng.choice([0, 1, 100, 5000, 10240, 140000, 300000])
            pad = "".join(rng.choice("abcé€\\\"\n ") for _ in range(64))
            body = ('{"message-id":"%s","pad":"%s","fill":"%s"}'
                    % (mid, pad.replace("\\", "\\\\").replace('"', '\\"')
                       .replace("\n", "\\n"), "x" * size)).encode()
            docs.append((queues[d % len(queues)], mid, body))
        units.append(docs)
    return units


def write_units(path, units):
    with open(path, "wb") as f:
        for docs in units:
            f.write(b"U %d\n" % len(docs))
            for queue, mid, body in docs:
                f.write(b"D %s %s %d\n" % (queue.encode(), mid.encode(),
                                           len(body)) + body + b"\n")


def publish(url, units, *options, wait_ready_ms=30000):
    fd, path = tempfile.mkstemp(prefix="mxq-amqp-units-")
    os.close(fd)
    try:
        write_units(path, units)
        out = subprocess.run([TOOL, "publish", "--address", url,
                              "--wait-ready-ms", str(wait_ready_ms)]
                             + list(options) + [path], check=True,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             timeout=180)
    finally:
        os.unlink(path)
    return (outcomes(out.stdout.decode().splitlines()), out.stdout.decode(),
            out.stderr.decode())


def outcomes(lines):
    """{unit's first message id: ok, fail or refused} from the tool's
    output lines."""
    outcome = {}
    for line in lines:
        word, _, rest = line.partition(" ")
        if word in ("ok", "fail", "refused"):
            outcome[rest] = word
    return outcome


def by_id(messages):
    return {m["message_id"]: m for m in messages}


def queue_and_units(broker, units, queue):
    """What queue holds (taken off it) and what units sent to it, both by
    message id."""
    got = by_id(amqp_broker.get_all(MXQD, broker.url, queue))
    want = {mid: body for docs in units for q, mid, body in docs
            if q == queue}
    return got, want


def test_default_exchange(broker, rng):
    units = make_units("a", ["inbox", "local", "reports"], 60, rng)
    # MailerQ's form: an empty vhost after the slash means "/"
    outcome, _, _ = publish(broker.url + "/", units, "--queues",
                            "inbox,local,reports")
    check(len(outcome) == 60 and set(outcome.values()) == {"ok"},
          "default exchange: every unit confirmed (%s)" % outcome)
    for queue in ("inbox", "local", "reports"):
        got, want = queue_and_units(broker, units, queue)
        check(set(got) == set(want), "%s holds exactly its documents" % queue)
        for mid, body in want.items():
            m = got.get(mid)
            if m is None:
                continue
            check(m["body"] == body, "%s %s byte-exact" % (queue, mid))
            check(m["content_type"] == "application/json", "content type")
            check(m["content_encoding"] is None, "no content encoding")
            check(m["delivery_mode"] == 2, "persistent")
            check(m["key"] == queue, "routing key is the queue name")
    # an independent consumer (amqp-tools) sees the same bytes
    units = make_units("t", ["inbox"], 1, rng)
    publish(broker.url, units, "--queues", "inbox")
    body = subprocess.run(["amqp-get", "-u", broker.url, "-q", "inbox"],
                          check=True, stdout=subprocess.PIPE,
                          timeout=30).stdout
    check(body == units[0][0][2], "amqp-get reads the same bytes")


def test_exchange_gzip_transient(broker, rng):
    queues = ["x-in", "x-local", "x-reports"]
    units = make_units("b", queues, 30, rng)
    outcome, _, _ = publish(broker.url, units, "--queues", ",".join(queues),
                            "--exchange", "mxq-test", "--gzip",
                            "--transient")
    check(set(outcome.values()) == {"ok"} and len(outcome) == 30,
          "exchange: every unit confirmed")
    for queue in queues:
        got, want = queue_and_units(broker, units, queue)
        check(set(got) == set(want), "%s via the exchange" % queue)
        for mid, body in want.items():
            m = got.get(mid)
            if m is None:
                continue
            check(m["content_encoding"] == "gzip", "content-encoding gzip")
            check(gzip.decompress(m["body"]) == body, "gzip round trip")
            check(m["delivery_mode"] == 1, "transient")
            check(m["key"] == queue, "routing key")


def test_returned_fails_unit(broker, rng):
    # "nowhere" does not exist and nothing is declared: basic.return
    units = [[("inbox", "r0-0", b'{"a":1}')],
             [("inbox", "r1-0", b'{"a":2}'), ("nowhere", "r1-1", b'{"a":3}')],
             [("nowhere", "r2-0", b'{"a":4}')],
             [("inbox", "r3-0", b'{"a":5}')]]
    outcome, out, err = publish(broker.url, units, "--no-declare",
                                "--queues", "inbox")
    check(outcome == {"r0-0": "ok", "r1-0": "fail", "r2-0": "fail",
                      "r3-0": "ok"}, "returns fail their units: %s" % outcome)
    check("returns=2" in out, "two returns counted: " + out)
    check("returned" in err, "the return is logged")
    got = by_id(amqp_broker.get_all(MXQD, broker.url, "inbox"))
    # r1-0 reached the queue though its unit failed: at least once
    check(set(got) == {"r0-0", "r1-0", "r3-0"}, "inbox after returns")


def test_queue_arguments(broker, rng):
    units = [[("lazyq", "l0", b"{}")]]
    outcome, _, _ = publish(broker.url, units, "--queues", "lazyq", "--lazy",
                            "--maxpriority", "7")
    check(outcome == {"l0": "ok"}, "lazy queue publish")
    outcome, _, _ = publish(broker.url, [[("qq", "q0", b"{}")]], "--queues",
                            "qq", "--quorum")
    check(outcome == {"q0": "ok"}, "quorum queue publish")
    queues = broker.queues()
    lazy = queues.get("lazyq", (0, "", ""))
    check("x-queue-mode" in lazy[2] and "lazy" in lazy[2] and
          "x-max-priority" in lazy[2] and "7" in lazy[2],
          "lazyq arguments: %s" % (lazy,))
    check(queues.get("qq", (0, ""))[1] == "quorum", "qq is a quorum queue")
    # declared differently now: PRECONDITION_FAILED, never ready
    outcome, out, err = publish(broker.url, [[("lazyq", "l1", b"{}")]],
                                "--queues", "lazyq", wait_ready_ms=2000)
    check("not-ready" in out and outcome == {"l1": "refused"},
          "mismatched declaration: refused (%s)" % out)
    check("PRECONDITION_FAILED" in err, "the mismatch is logged")


def test_memory_alarm(broker, rng):
    """A broker in memory alarm blocks publishers: nothing is confirmed,
    the units fail after the confirm timeout; after the alarm, publishing
    works again."""
    amqp_broker.get_all(MXQD, broker.url, "inbox")
    broker.ctl("set_vm_memory_high_watermark", "0.00001")
    time.sleep(1)
    units = [[("inbox", "w%d" % i, b'{"w":1}')] for i in range(3)]
    outcome, out, err = publish(broker.url, units, "--queues", "inbox",
                                "--confirm-timeout-ms", "3000",
                                wait_ready_ms=5000)
    check(len(outcome) == 3 and "ok" not in outcome.values(),
          "nothing confirmed during the alarm: %s" % outcome)
    check("broker blocks publishing" in err, "connection.blocked logged")
    broker.ctl("set_vm_memory_high_watermark", "0.4")
    time.sleep(1)
    outcome, _, _ = publish(broker.url, [[("inbox", "w9", b"{}")]],
                            "--queues", "inbox")
    check(outcome == {"w9": "ok"}, "confirmed after the alarm: %s" % outcome)
    amqp_broker.get_all(MXQD, broker.url, "inbox")


def test_failover_list(broker, rng):
    # the first address refuses connections; the second is the broker
    url = "amqp://127.0.0.1:1/,%s" % broker.url
    outcome, out, _ = publish(url, [[("inbox", "f0", b"{}")]], "--queues",
                              "inbox")
    check(outcome == {"f0": "ok"}, "failover to the second address: " + out)
    amqp_broker.get_all(MXQD, broker.url, "inbox")


def test_kill_and_restart(broker):
    """Stream units while the broker is SIGKILLed and restarted."""
    proc = subprocess.Popen([TOOL, "stream", "--address", broker.url,
                             "--queues", "inbox", "--stream-queue", "inbox",
                             "--interval-ms", "5", "--docs", "2",
                             "--confirm-timeout-ms", "5000", "200"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    lines = []
    def read():
        for line in proc.stdout:
            lines.append(line.decode().rstrip("\n"))
    reader = threading.Thread(target=read)
    reader.start()
    time.sleep(2)
    broker.kill()
    killed_at = len(lines)
    time.sleep(1)
    broker.restart()
    restarted = time.monotonic()
    time.sleep(3)
    proc.send_signal(signal.SIGINT)
    stderr = proc.stderr.read().decode()
    proc.wait(timeout=240)
    reader.join()
    outcome = outcomes(lines)
    ok = {m for m, w in outcome.items() if w == "ok"}
    failed = {m for m, w in outcome.items() if w == "fail"}
    refused = {m for m, w in outcome.items() if w == "refused"}
    stored = [m["message_id"]
              for m in amqp_broker.get_all(MXQD, broker.url, "inbox")]
    lost = ok - set(stored)
    dups = len(stored) - len(set(stored))
    print("kill test: %d ok, %d failed, %d refused, %d stored, %d lost, "
          "%d duplicated; %d failed ones reached the queue anyway"
          % (len(ok), len(failed), len(refused), len(stored), len(lost),
             dups, len(failed & set(stored))))
    check(not lost, "no confirmed document lost: %s" % sorted(lost)[:10])
    check(failed or refused, "the outage was noticed")
    check(any(l.startswith("ok ") for l in lines[:killed_at]),
          "units were confirmed before the kill")
    # resumed: some unit submitted after the restart was confirmed
    last_ok = max(int(m[1:].split("-")[0]) for m in ok) if ok else -1
    last = max(int(m[1:].split("-")[0]) for m in outcome) if outcome else -1
    check(last_ok >= last - 5, "publishing resumed by itself (last ok %d of "
          "%d)\n%s" % (last_ok, last, stderr[-2000:]))
    check("connected to" in stderr and stderr.count("connected to") >= 2,
          "reconnected")


def test_failover_on_loss(broker):
    """Two brokers, A then B in rabbitmq-address: A is SIGKILLed while
    units stream. The publisher moves to B and publishes there again what
    A had not confirmed: no unit fails, none confirmed is lost (A's queue
    is read after its restart). Prints the longest time without a confirm
    around the kill."""
    second = amqp_broker.Broker(25660, 25699)
    second.start()
    try:
        amqp_broker.get_all(MXQD, broker.url, "inbox")
        proc = subprocess.Popen(
            [TOOL, "stream", "--address", "%s,%s" % (broker.url, second.url),
             "--queues", "inbox", "--stream-queue", "inbox",
             "--interval-ms", "2", "--docs", "2",
             "--confirm-timeout-ms", "5000", "200"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        lines = []

        def read():
            for line in proc.stdout:
                lines.append((time.monotonic(), line.decode().rstrip("\n")))
        reader = threading.Thread(target=read)
        reader.start()
        time.sleep(2)
        killed = time.monotonic()
        broker.kill()
        time.sleep(3)
        proc.send_signal(signal.SIGINT)
        stderr = proc.stderr.read().decode()
        proc.wait(timeout=240)
        reader.join()
        broker.restart()
        outcome = outcomes([l for _, l in lines])
        ok = {m for m, w in outcome.items() if w == "ok"}
        failed = {m for m, w in outcome.items() if w == "fail"}
        refused = {m for m, w in outcome.items() if w == "refused"}
        stored = [m["message_id"] for url in (broker.url, second.url)
                  for m in amqp_broker.get_all(MXQD, url, "inbox")]
        lost = ok - set(stored)
        oks = [t for t, l in lines if l.startswith("ok ")]
        gaps = [b - a for a, b in zip(oks, oks[1:]) if b >= killed - 1]
        gap = max(gaps) if gaps else float("inf")
        print("failover test: %d ok, %d failed, %d refused (no publisher "
              "ready), %d stored in A and B, %d lost, %d duplicated; "
              "longest wait for a confirm around the kill %.0f ms"
              % (len(ok), len(failed), len(refused), len(stored), len(lost),
                 len(stored) - len(set(stored)), gap * 1000))
        check(not lost, "no confirmed document lost: %s" % sorted(lost)[:10])
        check(not failed, "nothing failed: published again on B: %s"
              % sorted(failed)[:10])
        check(any(t > killed for t in oks), "confirms after the kill")
        check(gap < 3, "moved to B within 3 s (%.2f s)" % gap)
        check("to publish again on the next connection" in stderr and
              second.url.split("@")[-1].rstrip("/") in stderr,
              "the move is logged\n" + stderr[-2000:])
    finally:
        second.stop()


def main():
    amqp_broker.skip_unless_available(MXQD)
    rng = random.Random(4)
    broker = amqp_broker.Broker(25600, 25650)
    try:
        broker.start()
        for test in (test_default_exchange, test_exchange_gzip_transient,
                     test_returned_fails_unit, test_queue_arguments,
                     test_memory_alarm, test_failover_list):
            print("--", test.__name__, flush=True)
            test(broker, rng)
        print("-- test_kill_and_restart", flush=True)
        test_kill_and_restart(broker)
        print("-- test_failover_on_loss", flush=True)
        test_failover_on_loss(broker)
    finally:
        broker.stop()
    return checks.result()


if __name__ == "__main__":
    sys.exit(main())
