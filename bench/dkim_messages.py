#!/usr/bin/python3
"""Makes the DKIM benchmarks' keys and signed messages (run with Debian's
/usr/bin/python3: dkimpy is python3-dkim).

    dkim_messages.py DIR [COUNT]

In DIR: fresh keys from dkimpy's dknewkey (rsa.key/rsa.dns: RSA-2048,
ed.key/ed.dns: ed25519), keys.txt with one "name record" line per key
(the format of OpenDKIM's DKIM_QUERY_FILE and of Mail::DKIM's
FAKE_DNS.dat), zone.conf with the same keys as unbound local-data lines,
and sets/<size>-<alg>/NNN.eml: COUNT (default 16) different messages of
about 2 KB, 10 KB and 50 KB, each signed by dkimpy with relaxed/relaxed,
rsa-sha256 or ed25519-sha256, CRLF line ends. The bodies have the
things relaxed canonicalisation works on: runs of spaces and tabs,
trailing white space and empty lines at the end.
"""

import os
import random
import shutil
import subprocess
import sys

import dkim

DOMAIN = "bench.test"
SIZES = [("2k", 2 * 1024), ("10k", 10 * 1024), ("50k", 50 * 1024)]
ALGS = [("rsa", b"rsa", b"rsa-sha256"), ("ed25519", b"ed", b"ed25519-sha256")]
WORDS = ("the quick brown fox jumps over lazy dog lorem ipsum dolor sit "
         "amet consectetur adipiscing elit sed do eiusmod tempor incididunt "
         "ut labore et dolore magna aliqua invoice order shipping").split()


def make_key(directory, name, ktype):
    argv = [shutil.which("dknewkey") or "dknewkey"]
    if ktype != "rsa":
        argv += ["--ktype", ktype]
    subprocess.run(argv + [name], cwd=directory, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(directory, name + ".key"), "rb") as f:
        private = f.read()
    with open(os.path.join(directory, name + ".dns")) as f:
        record = " ".join(f.read().split())
    return private, record


def body(rng, size):
    lines, n = [], 0
    while n < size:
        words = [rng.choice(WORDS) for _ in range(rng.randint(6, 12))]
        line = " ".join(words)
        r = rng.random()
        if r < 0.15:
            line = line.replace(" ", "  \t ", 2)   # WSP runs
        elif r < 0.25:
            line += " \t"                          # trailing WSP
        elif r < 0.30:
            line = ""
        lines.append(line.encode())
        n += len(line) + 2
    return b"\r\n".join(lines) + b"\r\n\r\n\r\n"


def message(rng, size, k, algname):
    head = (
        "Received: from client%d.example.org (client%d.example.org "
        "[192.0.2.%d])\r\n\tby mx.bench.test with ESMTP id %08x;\r\n"
        "\tMon, 07 Dec 2026 10:%02d:00 +0000\r\n"
        "From: Alice Example <alice@bench.test>\r\n"
        "To: Bob Example <bob@example.org>\r\n"
        "Subject: bench message %d of %d bytes\r\n"
        "  (%s)\r\n"
        "Date: Mon, 07 Dec 2026 10:%02d:00 +0000\r\n"
        "Message-ID: <bench-%s-%d-%d@bench.test>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 7bit\r\n\r\n"
        % (k, k, k % 250 + 1, rng.getrandbits(32), k % 60, k, size, algname,
           k % 60, algname, size, k)).encode()
    return head + body(rng, size - len(head) - 500)


def txt(name, record):
    parts = [record[i:i + 200] for i in range(0, len(record), 200)]
    return "local-data: '%s. TXT %s'" % (
        name, " ".join('"%s"' % p for p in parts))


def main():
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 16
    os.makedirs(out, exist_ok=True)
    keys = {"rsa": make_key(out, "rsa", "rsa"),
            "ed": make_key(out, "ed", "ed25519")}
    with open(os.path.join(out, "keys.txt"), "w") as f:
        for sel, (_, record) in keys.items():
            f.write("%s._domainkey.%s %s\n" % (sel, DOMAIN, record))
    with open(os.path.join(out, "zone.conf"), "w") as f:
        for sel, (_, record) in keys.items():
            f.write("  %s\n" % txt("%s._domainkey.%s" % (sel, DOMAIN),
                                   record))
    rng = random.Random(11)
    for sname, size in SIZES:
        for aname, sel, alg in ALGS:
            d = os.path.join(out, "sets", "%s-%s" % (sname, aname))
            os.makedirs(d, exist_ok=True)
            for k in range(count):
                m = message(rng, size, k, aname)
                sig = dkim.sign(m, sel, DOMAIN.encode(),
                                keys[sel.decode()][0],
                                canonicalize=(b"relaxed", b"relaxed"),
                                signature_algorithm=alg)
                with open(os.path.join(d, "%03d.eml" % k), "wb") as f:
                    f.write(sig + m)
    # one dkimpy check, so that a broken generator is seen here
    probe = os.path.join(out, "sets", "10k-rsa", "000.eml")
    with open(probe, "rb") as f:
        signed = f.read()

    def dnsfunc(name, timeout=5):
        want = name.decode().rstrip(".")
        for sel, (_, record) in keys.items():
            if want == "%s._domainkey.%s" % (sel, DOMAIN):
                return record.encode()
        return b""
    if not dkim.verify(signed, dnsfunc=dnsfunc):
        sys.exit("dkimpy does not verify its own signature")


if __name__ == "__main__":
    main()
