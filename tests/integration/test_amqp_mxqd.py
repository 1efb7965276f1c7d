"""mxqd -> RabbitMQ end to end: without a broker mxqd starts, says so in
--check-config and refuses MAIL with 451 4.3.0; once a broker is up it
connects by itself, publishes one document per recipient (the ids of the
250 reply are the AMQP message ids, the JSON is the document), local mail
goes to rabbitmq-local, a DSN to a local address to rabbitmq-reports with
its `report` object (and to a non-local one to the inbox, without it),
mail refused after its data to rabbitmq-refused with its refusal, a
large message to many recipients is not held once per recipient, and
--check-config reports the broker and queues.

Usage: test_amqp_mxqd.py PATH/TO/mxqd"""

import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import amqp_broker  # noqa: E402
from mxqd_harness import MXQD, Mxqd  # noqa: E402
from test_memory_budget import peak_rss_kib, sanitized  # noqa: E402
from test_reports import ARF, CONF, ZIPPED_DMARC, as_sent  # noqa: E402

SENDER = "sender@example.test"
RECIPIENTS = ["one@example.test", "two@example.test"]
SECRET = b"amqp-secret-body-marker-3301"
MESSAGE = (b"From: <sender@example.test>\r\nTo: one@example.test\r\n"
           b"Subject: amqp\r\n\r\nHello \xc3\xa9.\r\n" + SECRET + b"\r\n")
BIG_MB = 8
BIG_RCPTS = 25
checks = amqp_broker.Checks()
check = checks.check


def check_config(d):
    out = subprocess.run(d.argv + ["--check-config"], stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, timeout=60)
    return out.returncode, out.stdout.decode("utf-8", "replace")


def queued_ids(reply):
    return dict(re.findall(r"^2\.0\.0 (\S+) for (\S+)$",
                           reply.decode("utf-8", "replace"), re.M))


def main():
    amqp_broker.skip_unless_available(MXQD)
    broker = amqp_broker.Broker(25650, 25700)
    locals_file = tempfile.NamedTemporaryFile("w", suffix=".locals")
    locals_file.write("*@reports.test\n")
    locals_file.flush()
    d = Mxqd(rabbitmq_address=broker.url, rabbitmq_exchange="mxq",
             smtp_threads=2, smtp_local_addresses=locals_file.name,
             rabbitmq_local="local", rabbitmq_reports="reports",
             rabbitmq_refused="refused")
    try:
        rc, out = check_config(d)
        check(rc == 0 and "NOT REACHABLE" in out,
              "--check-config without a broker: " + out[-500:])
        check("guest@127.0.0.1" in out and ":guest@" not in out,
              "--check-config hides the password")

        d.start()
        with d.smtp(timeout=10) as c:
            c.ehlo("client.test")
            code, msg = c.mail(SENDER)
            check(code == 451 and msg.startswith(b"4.3.0"),
                  "MAIL without a broker: %d %r" % (code, msg))

        broker.start()
        log = d.wait_log(r"publisher 0 connected to", timeout=60)
        check("publisher 0 connected to" in log, "mxqd connected by itself")

        with d.smtp(timeout=30) as c:
            c.ehlo("client.test")
            check(c.mail(SENDER)[0] == 250, "MAIL with a broker")
            for rcpt in RECIPIENTS:
                check(c.rcpt(rcpt)[0] == 250, "RCPT " + rcpt)
            code, reply = c.data(MESSAGE)
            check(code == 250, "DATA: %d %r" % (code, reply))
        ids = queued_ids(reply)
        check(sorted(ids.values()) == sorted(RECIPIENTS),
              "one id per recipient: %r" % reply)

        docs = amqp_broker.get_all(MXQD, broker.url, "inbox")
        check(sorted(m["message_id"] for m in docs) == sorted(ids),
              "the queue holds exactly the acknowledged ids")
        for m in docs:
            doc = json.loads(m["body"])
            check(doc.get("message-id") == m["message_id"],
                  "JSON message-id is the AMQP message_id")
            check(doc.get("recipient") == ids.get(m["message_id"]),
                  "recipient of " + m["message_id"])
            check(SECRET.decode() in doc.get("mime", ""), "MIME in the JSON")
            check(m["content_type"] == "application/json" and
                  m["delivery_mode"] == 2 and m["key"] == "inbox",
                  "properties: %r" % {k: v for k, v in m.items()
                                      if k != "body"})

        # A DSN to a local address is a report; to another, inbox mail.
        with open(os.path.join(CONF, "sisimai-dsn/rfc3464-01.eml"),
                  "rb") as f:
            dsn = as_sent(f.read())
        with d.smtp(timeout=30) as c:
            check(c.sendmail("", ["postmaster@reports.test",
                                  "else@example.test"], dsn) == {},
                  "DSN to a local and a non-local address")
        reports = amqp_broker.get_all(MXQD, broker.url, "reports")
        inbox = amqp_broker.get_all(MXQD, broker.url, "inbox")
        check(len(reports) == 1 and len(inbox) == 1,
              "one document in reports, one in inbox: %d, %d"
              % (len(reports), len(inbox)))
        if reports and inbox:
            rdoc, idoc = json.loads(reports[0]["body"]), json.loads(
                inbox[0]["body"])
            check(rdoc["recipient"] == "postmaster@reports.test" and
                  rdoc.get("report", {}).get("type") == "dsn" and
                  rdoc["report"].get("recipients"),
                  "the local document has the DSN's report object")
            check(reports[0]["key"] == "reports", "routed with key reports")
            check("report" not in idoc and idoc["mime"] == rdoc["mime"],
                  "the inbox document is plain mail with the same MIME")
        # An ARF report and a zipped DMARC report: to the reports queue.
        for message, kind in ((ARF, "arf"), (ZIPPED_DMARC, "dmarc")):
            with d.smtp(timeout=30) as c:
                check(c.sendmail("reporter@example.net",
                                 ["abuse@reports.test"], message) == {},
                      kind + " report sent")
            reports = amqp_broker.get_all(MXQD, broker.url, "reports")
            kinds = [json.loads(m["body"]).get("report", {}).get("type")
                     for m in reports]
            check(kinds == [kind], "%s in the reports queue: %r"
                  % (kind, kinds))

        # Refused for good once the data was in: kept in rabbitmq-refused.
        with d.smtp(timeout=30) as c:
            c.ehlo("client.test")
            c.mail(SENDER)
            c.rcpt("refused@example.test")
            code, reply = c.data(b"x-mq-maxattempts: many\r\n" + MESSAGE)
            check(code == 554 and reply.startswith(b"5.6.0 "),
                  "a bad x-mq field is refused: %d %r" % (code, reply))
        refused = amqp_broker.get_all(MXQD, broker.url, "refused")
        check(len(refused) == 1, "one document in refused: %d"
              % len(refused))
        if refused:
            rdoc = json.loads(refused[0]["body"])
            check(refused[0]["key"] == "refused" and
                  rdoc["recipient"] == "refused@example.test" and
                  rdoc.get("refused", {}).get("code") == 554 and
                  rdoc["refused"].get("enhanced-code") == "5.6.0",
                  "the refused document: %r" % rdoc.get("refused"))
        check(amqp_broker.get_all(MXQD, broker.url, "inbox") == [],
              "nothing of it in the inbox")

        # A large message to many recipients: each document is joined when
        # it is published, so the message is not held once per recipient.
        big = b"Subject: big\r\n\r\n" + (b"y" * 76 + b"\r\n") * (
            BIG_MB * 1024 * 1024 // 78)
        many = ["big%d@example.test" % i for i in range(BIG_RCPTS)]
        with d.smtp(timeout=300) as c:
            check(c.sendmail(SENDER, many, big) == {},
                  "%d MB to %d recipients" % (BIG_MB, BIG_RCPTS))
        peak = peak_rss_kib(d.proc.pid)
        print("%d MB to %d recipients over AMQP: peak RSS %d KiB"
              % (BIG_MB, BIG_RCPTS, peak))
        if not sanitized():
            check(peak < (4 * BIG_MB + 32) * 1024,
                  "peak RSS %d KiB stays near the message's size, not %d "
                  "times it" % (peak, BIG_RCPTS))
        check(broker.queues().get("inbox", (0,))[0] == BIG_RCPTS,
              "one document per recipient in the queue")

        rc, out = check_config(d)
        check(rc == 0 and "connected (RabbitMQ" in out and
              "queue inbox: exists" in out and "exchange mxq: exists" in out,
              "--check-config with a broker: " + out[-800:])

        check(d.stop() == 0, "mxqd stops cleanly")
    finally:
        d.cleanup()
        broker.stop()
    return checks.result()


if __name__ == "__main__":
    sys.exit(main())
