"""Zero loss under broker crashes: 8 SMTP senders keep sending to mxqd for
40 s while the RabbitMQ broker behind it is killed with SIGKILL and
restarted, twice. Afterwards every document whose message got a 250 must
be in the queue (by message id). Prints the counts: acknowledged, stored,
lost, duplicated, refused (451 at MAIL), failed (451 after DATA).

Usage: test_amqp_fault.py PATH/TO/mxqd
Environment: MXQ_FAULT_SECONDS (default 40), MXQ_FAULT_SENDERS (8)."""

import collections
import os
import re
import smtplib
import socket
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import amqp_broker  # noqa: E402
from mxqd_harness import MXQD, Mxqd  # noqa: E402

# Taken off the environment: mxqd reads every MXQ_* variable as a setting.
SECONDS = float(os.environ.pop("MXQ_FAULT_SECONDS", "40"))
SENDERS = int(os.environ.pop("MXQ_FAULT_SENDERS", "8"))


class Counts:
    def __init__(self):
        self.lock = threading.Lock()
        self.acknowledged = {}        # message id -> time of the 250
        self.messages_ok = 0
        self.refused = 0              # 451 at MAIL
        self.failed = 0               # 451 after the data
        self.other = collections.Counter()


def sender(index, port, stop, counts):
    seq = 0
    client = None
    while not stop.is_set():
        try:
            if client is None:
                client = smtplib.SMTP("127.0.0.1", port, timeout=60)
                client.ehlo("sender%d.test" % index)
            seq += 1
            rcpts = ["r%d@example.test" % i for i in range(1 + seq % 2)]
            code, msg = client.mail("s%d@example.test" % index)
            if code == 451:
                with counts.lock:
                    counts.refused += 1
                time.sleep(0.05)  # a real client would come back later
                continue
            if code != 250:
                raise smtplib.SMTPResponseException(code, msg)
            for r in rcpts:
                code, msg = client.rcpt(r)
                if code != 250:
                    raise smtplib.SMTPResponseException(code, msg)
            body = ("Subject: fault %d/%d\r\n\r\nsender %d message %d\r\n"
                    % (index, seq, index, seq)).encode() + b"z" * 1000
            code, reply = client.data(body)
            if code == 250:
                ids = re.findall(r"^2\.0\.0 (\S+) for ",
                                 reply.decode("utf-8", "replace"), re.M)
                now = time.monotonic()
                with counts.lock:
                    counts.messages_ok += 1
                    for i in ids:
                        counts.acknowledged[i] = now
                    if len(ids) != len(rcpts):
                        counts.other["250 without every id"] += 1
            elif code == 451:
                with counts.lock:
                    counts.failed += 1
            else:
                raise smtplib.SMTPResponseException(code, reply)
        except (smtplib.SMTPException, OSError, socket.timeout) as e:
            with counts.lock:
                counts.other[type(e).__name__] += 1
            try:
                if client is not None:
                    client.close()
            except OSError:
                pass
            client = None
            time.sleep(0.05)
    if client is not None:
        try:
            client.quit()
        except (smtplib.SMTPException, OSError):
            pass


def main():
    amqp_broker.skip_unless_available(MXQD)
    broker = amqp_broker.Broker(25600, 25700)
    d = Mxqd(rabbitmq_address=broker.url, smtp_threads=2,
             rabbitmq_confirm_timeout=10)
    counts = Counts()
    stop = threading.Event()
    threads = []
    events = []
    try:
        broker.start()
        d.start()
        d.wait_log(r"publisher 0 connected to", timeout=60)
        start = time.monotonic()
        for i in range(SENDERS):
            t = threading.Thread(target=sender, args=(i, d.port, stop, counts))
            t.start()
            threads.append(t)

        def at(seconds):
            left = start + seconds - time.monotonic()
            if left > 0:
                time.sleep(left)

        restarted = start
        for kill_at in (SECONDS * 0.2, SECONDS * 0.55):
            # A restart takes 5 to 20 s: let mxqd reconnect and run a
            # while before the next kill.
            at(max(kill_at, restarted + 6 - start))
            broker.kill()
            events.append(("killed", time.monotonic() - start))
            time.sleep(1)
            broker.restart()
            restarted = time.monotonic()
            events.append(("restarted", restarted - start))
        at(SECONDS)
        # Whatever happened to the schedule, give the senders some time
        # after mxqd's last reconnect (its backoff reaches 5 s) to show
        # that it resumed.
        deadline = time.monotonic() + 60
        while (d.log().count("connected to") < 3 and
               time.monotonic() < deadline):
            time.sleep(0.2)
        time.sleep(3)
        stop.set()
        for t in threads:
            t.join(timeout=120)
        elapsed = time.monotonic() - start

        stored = collections.Counter(
            m["message_id"]
            for m in amqp_broker.get_all(MXQD, broker.url, "inbox"))
        acked = set(counts.acknowledged)
        lost = acked - set(stored)
        duplicated = sum(n - 1 for n in stored.values() if n > 1)
        after_last = sum(1 for t in counts.acknowledged.values()
                         if t > restarted)
        log = d.log()
        exit_status = d.stop()
    finally:
        stop.set()
        d.cleanup()
        broker.stop()

    print("fault test: %d senders, %.1f s, broker events %s" %
          (SENDERS, elapsed, ", ".join("%s at %.1f s" % e for e in events)))
    print("  acknowledged  %6d documents (%d messages got 250)"
          % (len(acked), counts.messages_ok))
    print("  stored        %6d documents in the queue" % sum(stored.values()))
    print("  lost          %6d (acknowledged, not in the queue)" % len(lost))
    print("  duplicated    %6d (same message id twice)" % duplicated)
    print("  refused       %6d MAIL commands (451 4.3.0, no broker)"
          % counts.refused)
    print("  failed        %6d messages (451 after DATA: not confirmed)"
          % counts.failed)
    print("  unconfirmed but stored %d documents (at-least-once: the client "
          "retries them)" % (sum(stored.values()) - len(acked & set(stored))))
    print("  acknowledged after the last restart: %d" % after_last)
    if counts.other:
        print("  client-side errors:", dict(counts.other))
    problems = []
    if lost:
        problems.append("lost %d: %s" % (len(lost), sorted(lost)[:5]))
    if not acked:
        problems.append("nothing acknowledged")
    if after_last == 0:
        problems.append("no 250 after the last restart: did not resume")
    if counts.refused + counts.failed == 0:
        problems.append("the broker outages went unnoticed")
    if log.count("connected to") < 3:
        problems.append("expected 3 connects in the log")
    if exit_status != 0:
        problems.append("mxqd exit status %s" % exit_status)
    for p in problems:
        print("FAIL:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
