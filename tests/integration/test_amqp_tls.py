"""mxqd -> RabbitMQ over TLS: amqps://, rabbitmq-verify, rabbitmq-ca-file.

A private broker with a TLS listener on loopback (certificates from a test
CA made by openssl here: the broker's names localhost and 127.0.0.1), and
a TLS relay in this script that shows a certificate of the same CA for
another name (broker.invalid) and passes the bytes on to the broker.

* verify on, rabbitmq-ca-file the test CA: delivered (by name and by IP
  address);
* verify on, the system's store (the test CA is not in it): no connection,
  MAIL gets 451 4.3.0, the log says the certificate is not trusted;
* verify off, the system's store: delivered;
* verify on, the test CA, a certificate for another name (the relay):
  refused, the log says hostname mismatch; verify off through the same
  relay: delivered (so the name was the only fault);
* --check-config: connects over TLS; a CA file without a certificate
  stops it with exit 2.

Ports: the broker's AMQP port in 26100..26150 (ci/rabbitmq.sh adds +100,
+200), its TLS listener at +300, the relay at +302.

Usage: test_amqp_tls.py PATH/TO/mxqd"""

import json
import os
import re
import select
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import amqp_broker  # noqa: E402
from mxqd_harness import MXQD, Mxqd  # noqa: E402

TLS_OFFSET = 300
RELAY_OFFSET = 302
SENDER = "sender@example.test"
RCPT = "one@example.test"
checks = amqp_broker.Checks()
check = checks.check


def openssl(cwd, *args):
    subprocess.run(["openssl"] + list(args), cwd=cwd, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                   timeout=60)


def make_certs(d):
    """ca.pem; server.pem/.key for localhost and 127.0.0.1; wrong.pem/.key
    for broker.invalid; both signed by the CA."""
    openssl(d, "req", "-x509", "-newkey", "rsa:2048", "-nodes",
            "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
            "-subj", "/CN=mxq test CA",
            "-addext", "basicConstraints=critical,CA:TRUE",
            "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    for name, cn, san in (("server", "localhost",
                           "DNS:localhost,IP:127.0.0.1"),
                          ("wrong", "broker.invalid",
                           "DNS:broker.invalid,IP:192.0.2.1")):
        with open(os.path.join(d, name + ".ext"), "w") as f:
            f.write("subjectAltName=%s\nbasicConstraints=CA:FALSE\n"
                    "keyUsage=digitalSignature,keyEncipherment\n"
                    "extendedKeyUsage=serverAuth\n" % san)
        openssl(d, "req", "-newkey", "rsa:2048", "-nodes",
                "-keyout", name + ".key", "-out", name + ".csr",
                "-subj", "/CN=" + cn)
        openssl(d, "x509", "-req", "-in", name + ".csr", "-CA", "ca.pem",
                "-CAkey", "ca.key", "-CAcreateserial", "-days", "2",
                "-out", name + ".pem", "-extfile", name + ".ext")


def tls_conf(certs):
    def conf(port):
        return ("listeners.ssl.default = 127.0.0.1:%d\n"
                "ssl_options.cacertfile = %s\n"
                "ssl_options.certfile = %s\n"
                "ssl_options.keyfile = %s\n"
                "ssl_options.verify = verify_none\n"
                "ssl_options.fail_if_no_peer_cert = false\n"
                % (port + TLS_OFFSET, os.path.join(certs, "ca.pem"),
                   os.path.join(certs, "server.pem"),
                   os.path.join(certs, "server.key")))
    return conf


class TlsRelay:
    """TLS on 127.0.0.1:port with cert/key; each connection that completes
    the handshake is relayed to the broker's plain AMQP port."""

    def __init__(self, port, cert, key, target):
        self.ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.ctx.load_cert_chain(cert, key)
        self.target = target
        self.stopping = False
        self.handshakes = 0
        self.sock = socket.create_server(("127.0.0.1", port))
        self.sock.settimeout(0.2)
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while not self.stopping:
            try:
                conn, _ = self.sock.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,),
                             daemon=True).start()

    def _serve(self, conn):
        conn.settimeout(10)
        try:
            tls = self.ctx.wrap_socket(conn, server_side=True)
        except (ssl.SSLError, OSError):
            conn.close()   # the client refused our certificate
            return
        self.handshakes += 1
        try:
            back = socket.create_connection(("127.0.0.1", self.target), 10)
        except OSError:
            tls.close()
            return
        tls.settimeout(30)
        back.settimeout(30)
        try:
            while not self.stopping:
                ready, _, _ = select.select([tls, back], [], [], 0.2)
                for s in ready:
                    data = s.recv(65536)
                    if not data:
                        return
                    (back if s is tls else tls).sendall(data)
                while tls.pending():
                    back.sendall(tls.recv(65536))
        except (OSError, ssl.SSLError):
            pass
        finally:
            tls.close()
            back.close()

    def stop(self):
        self.stopping = True
        self.sock.close()
        self.thread.join(5)


def send(c, body):
    """One message on smtplib connection c; the queued id from the 250
    reply, or None."""
    if c.mail(SENDER)[0] != 250 or c.rcpt(RCPT)[0] != 250:
        c.rset()
        return None
    code, reply = c.data(b"Subject: tls\r\n\r\n" + body + b"\r\n")
    found = re.findall(r"^2\.0\.0 (\S+) for ", reply.decode(), re.M)
    return found[0] if code == 250 and len(found) == 1 else None


def delivered(broker, name, address, burst=0, **settings):
    """mxqd connects over TLS and its document reaches the queue; with
    burst, that many more messages on the same session, and one of 4 MB
    (records of 16 KB, frames of 128 KB)."""
    started = time.monotonic()
    d = Mxqd(rabbitmq_address=address, **settings)
    try:
        d.start()
        log = d.wait_log(r"publisher 0 connected to amqps://", timeout=30)
        check("publisher 0 connected to amqps://" in log,
              "%s: mxqd connected over TLS: %s" % (name, log[-600:]))
        marker = "tls-case-%s-%d" % (name, os.getpid())
        bodies = [marker.encode()] + [b"%s burst %d" % (marker.encode(), i)
                                      for i in range(burst)]
        if burst:
            bodies.append(marker.encode() + b"\r\n" +
                          (b"z" * 76 + b"\r\n") * (4 * 1024 * 1024 // 78))
        with d.smtp(timeout=60) as c:
            c.ehlo("client.test")
            ids = [send(c, body) for body in bodies]
        check(None not in ids, "%s: 250 with one id for each of %d"
              % (name, len(ids)))
        docs = amqp_broker.get_all(MXQD, broker.url, "inbox")
        check(sorted(m["message_id"] for m in docs) == sorted(ids),
              "%s: the queue holds the acknowledged ids: %d of %d"
              % (name, len(docs), len(ids)))
        for m in docs:
            if m["message_id"] == ids[0]:
                check(marker in json.loads(m["body"]).get("mime", ""),
                      name + ": the document is the message")
        check(":guest@" not in d.log(), name + ": no password in the log")
        check(d.stop() == 0, name + ": mxqd stops cleanly")
    finally:
        d.cleanup()
    print("%-28s %d messages delivered in %.1f s"
          % (name, len(docs), time.monotonic() - started))


def refused(name, address, why, **settings):
    """mxqd cannot connect: MAIL gets 451 4.3.0 and the log says why."""
    started = time.monotonic()
    d = Mxqd(rabbitmq_address=address, **settings)
    try:
        d.start()
        log = d.wait_log(r"TLS: ", timeout=30)
        line = next((l for l in log.splitlines() if "TLS: " in l), "")
        check(re.search(why, line, re.I) is not None,
              "%s: the log says why (%s): %r" % (name, why, line))
        with d.smtp(timeout=10) as c:
            c.ehlo("client.test")
            code, msg = c.mail(SENDER)
        check(code == 451 and msg.startswith(b"4.3.0"),
              "%s: MAIL gets 451 4.3.0: %d %r" % (name, code, msg))
        check("connected to" not in d.log(), name + ": never connected")
        check(d.stop() == 0, name + ": mxqd stops cleanly")
    finally:
        d.cleanup()
    print("%-28s refused in %.1f s: %s" % (name, time.monotonic() - started,
                                           line.split("TLS: ", 1)[-1]))


def check_config(address, **settings):
    d = Mxqd(rabbitmq_address=address, **settings)
    try:
        out = subprocess.run(d.argv + ["--check-config"],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                             timeout=60)
    finally:
        d.cleanup()
    return out.returncode, out.stdout.decode("utf-8", "replace")


def main():
    amqp_broker.skip_unless_available(MXQD)
    if shutil.which("openssl") is None:
        print("skipped: openssl is not installed")
        return 77
    begun = time.monotonic()
    certs = tempfile.mkdtemp(prefix="mxq-amqp-tls-")
    make_certs(certs)
    ca = os.path.join(certs, "ca.pem")
    broker = amqp_broker.Broker(26100, 26150, extra_conf=tls_conf(certs),
                                extra_ports=(TLS_OFFSET, RELAY_OFFSET))
    tls_port = broker.port + TLS_OFFSET
    by_name = "amqps://guest:guest@localhost:%d/" % tls_port
    relay = None
    try:
        broker.start()
        print("broker with TLS on 127.0.0.1:%d ready after %.1f s"
              % (tls_port, time.monotonic() - begun))
        relay = TlsRelay(broker.port + RELAY_OFFSET,
                         os.path.join(certs, "wrong.pem"),
                         os.path.join(certs, "wrong.key"), broker.port)
        by_relay = "amqps://guest:guest@localhost:%d/" % (
            broker.port + RELAY_OFFSET)

        delivered(broker, "verify, test CA, by name", by_name, burst=30,
                  rabbitmq_ca_file=ca)
        delivered(broker, "verify, test CA, by IP",
                  "amqps://guest:guest@127.0.0.1:%d/" % tls_port,
                  rabbitmq_ca_file=ca)
        refused("verify, system store", by_name,
                r"the broker's certificate is not trusted: "
                r"(self-signed certificate in certificate chain|"
                r"unable to get local issuer certificate)")
        delivered(broker, "no verify, system store", by_name,
                  rabbitmq_verify="false")
        refused("verify, another name", by_relay,
                r"not trusted: hostname mismatch", rabbitmq_ca_file=ca)
        check(relay.handshakes == 0,
              "the relay never completed a handshake with a verifying mxqd")
        delivered(broker, "no verify, another name", by_relay,
                  rabbitmq_verify="false", rabbitmq_ca_file=ca)
        check(relay.handshakes >= 1, "the relay carried the connection")

        rc, out = check_config(by_name, rabbitmq_ca_file=ca)
        check(rc == 0 and "# rabbitmq amqps://guest@localhost:%d/%%2F: "
              "connected (RabbitMQ" % tls_port in out,
              "--check-config over TLS: %d %s" % (rc, out[-400:]))
        rc, out = check_config(by_name, rabbitmq_ca_file=os.path.join(
            certs, "server.key"))
        check(rc == 2 and "rabbitmq-ca-file" in out and
              "no PEM certificate" in out,
              "--check-config with a CA file without a certificate: %d %s"
              % (rc, out[-400:]))
    finally:
        if relay is not None:
            relay.stop()
        broker.stop()
        shutil.rmtree(certs, ignore_errors=True)
    print("test_amqp_tls: %.1f s" % (time.monotonic() - begun))
    return checks.result()


if __name__ == "__main__":
    sys.exit(main())
