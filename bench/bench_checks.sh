#!/bin/bash
# The cost of the checks of incoming mail: bench_throughput.sh's load
# (smtp-source, 50 sessions, 20,000 messages) against mxqd on its file
# queue, once with `smtp-check: spf,dkim,dmarc` (and smtp-auth-results)
# resolving against a local unbound on loopback, once without checks.
# Every message is the same ~10 KB file, signed by dkimpy (relaxed/
# relaxed, rsa-sha256 with a fresh dknewkey RSA-2048 key). The zone, made
# here: an SPF record for the sender domain that passes for 127.0.0.1,
# the DKIM key, and a _dmarc record with p=reject. Alternates the two
# MXQ_BENCH_ROUNDS times (default 3), prints each rate, the medians and
# the cost in % (goal: < 25 %). After each checked run it reads every
# JSON document of the queue and fails unless each one has spf pass, dkim
# pass and dmarc pass and the Authentication-Results field says so: a
# figure for checks that did not run is worthless.
#
#   bench/bench_checks.sh [BUILD_DIR]        (default: build)
#
# Environment: MXQ_BENCH_ROUNDS (3), MXQ_BENCH_DKIM_ALG (rsa-sha256 or
# ed25519-sha256), and bench_throughput.sh's MXQ_BENCH_MESSAGES,
# MXQ_BENCH_SESSIONS, MXQ_BENCH_THREADS, MXQ_BENCH_PORT.
# Needs: unbound, python3-dkim (dknewkey), python3-dnspython, postfix
# (smtp-source), all in ci/install-deps.sh.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/bench/lib.sh"
build=$(realpath "${1:-$root/build}")
rounds=${MXQ_BENCH_ROUNDS:-3}
alg=${MXQ_BENCH_DKIM_ALG:-rsa-sha256}
messages=${MXQ_BENCH_MESSAGES:-20000}
unset MXQ_BENCH_ROUNDS MXQ_BENCH_DKIM_ALG
py=/usr/bin/python3 # Debian's python3-* modules import only under it
unbound=/usr/sbin/unbound
for need in "$unbound" "$py" "$build/mxqd"; do
    [ -x "$need" ] || { echo "missing $need"; exit 1; }
done
command -v dknewkey >/dev/null || { echo "dknewkey missing (python3-dkim)"; exit 1; }

work=$(mktemp -d /tmp/mxq-bench-checks.XXXXXX)
unbound_pid=
cleanup() {
    if [ -n "$unbound_pid" ]; then
        kill -TERM "$unbound_pid" 2>/dev/null || true
        wait "$unbound_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ----------------------------------------------------------- key, message
# The sender (smtp-source -f a@example.test) and the From domain are one:
# SPF and DKIM both align for DMARC.
(cd "$work" && dknewkey rsa >/dev/null 2>&1 && dknewkey --ktype ed25519 ed >/dev/null 2>&1)
"$py" - "$work" "$alg" <<'EOF'
import sys, dkim
work, alg = sys.argv[1], sys.argv[2].encode()
sel = b"ed" if alg.startswith(b"ed25519") else b"rsa"
key = open("%s/%s.key" % (work, sel.decode()), "rb").read()
head = (b"Received: from client.example.test (client.example.test [127.0.0.1])\r\n"
        b"\tby mx.example.org with ESMTP id 4Fbench; Mon, 07 Dec 2026 10:00:00 +0000\r\n"
        b"From: Alice Example <alice@example.test>\r\n"
        b"To: Bob Example <b@example.test>\r\n"
        b"Subject: checks benchmark\r\n"
        b"Date: Mon, 07 Dec 2026 10:00:00 +0000\r\n"
        b"Message-ID: <bench-checks@example.test>\r\n"
        b"MIME-Version: 1.0\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n")
line = b"the quick brown fox jumps over the lazy dog,  again\tand again " \
       b"and again\r\n"
body = line * ((10 * 1024 - len(head) - 600) // len(line))
msg = head + body
sig = dkim.sign(msg, sel, b"example.test", key,
                canonicalize=(b"relaxed", b"relaxed"), signature_algorithm=alg)
# smtp-source -F sends each line with CRLF: the file has LF line ends.
open(work + "/message.eml", "wb").write((sig + msg).replace(b"\r\n", b"\n"))

def txt(name, record):
    parts = [record[i:i + 200] for i in range(0, len(record), 200)]
    return "  local-data: '%s. TXT %s'\n" % (
        name, " ".join('"%s"' % p for p in parts))

with open(work + "/zone.conf", "w") as f:
    for s in ("rsa", "ed"):
        rec = " ".join(open("%s/%s.dns" % (work, s)).read().split())
        f.write(txt("%s._domainkey.example.test" % s, rec))
    f.write(txt("example.test", "v=spf1 ip4:127.0.0.1 -all"))
    f.write(txt("_dmarc.example.test", "v=DMARC1; p=reject; adkim=r; aspf=r"))
EOF

# ----------------------------------------------------------- unbound
dns_port=$("$py" - <<'EOF'
import socket
for _ in range(50):
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u:
        u.bind(("127.0.0.1", 0))
        port = u.getsockname()[1]
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as t:
            try:
                t.bind(("127.0.0.1", port))
            except OSError:
                continue
        print(port)
        break
EOF
)
cat >"$work/unbound.conf" <<EOF
server:
  interface: 127.0.0.1@$dns_port
  port: $dns_port
  do-daemonize: no
  chroot: ""
  username: ""
  pidfile: ""
  use-syslog: no
  logfile: ""
  verbosity: 0
  num-threads: 1
  access-control: 127.0.0.0/8 allow
  do-not-query-localhost: no
  module-config: "iterator"
  local-zone: "test." static
$(cat "$work/zone.conf")
remote-control:
  control-enable: no
EOF
"$unbound" -d -c "$work/unbound.conf" </dev/null >"$work/unbound.log" 2>&1 &
unbound_pid=$!
# Ready, and the zone says what the checks need.
"$py" - "$dns_port" <<'EOF' || { cat "$work/unbound.log"; exit 1; }
import sys, time
import dns.resolver
r = dns.resolver.Resolver(configure=False)
r.nameservers, r.port, r.lifetime = ["127.0.0.1"], int(sys.argv[1]), 0.5
for name in ("example.test", "rsa._domainkey.example.test",
             "ed._domainkey.example.test", "_dmarc.example.test"):
    for attempt in range(100):
        try:
            answer = r.resolve(name, "TXT")
            break
        except Exception:
            if attempt == 99:
                sys.exit("unbound does not answer TXT %s" % name)
            time.sleep(0.05)
EOF

# dkimpy verifies the file as smtp-source will send it, with this zone.
"$py" - "$work/message.eml" "$dns_port" <<'EOF'
import sys, dkim, dns.resolver
r = dns.resolver.Resolver(configure=False)
r.nameservers, r.port = ["127.0.0.1"], int(sys.argv[2])
def dnsfunc(name, timeout=5):
    a = r.resolve(name.decode().rstrip("."), "TXT")
    return b"".join(b"".join(x.strings) for x in a)
m = open(sys.argv[1], "rb").read().replace(b"\n", b"\r\n")
if not dkim.verify(m, dnsfunc=dnsfunc):
    sys.exit("dkimpy does not verify the benchmark message")
EOF

# ----------------------------------------------------------- runs
# Every document of $1/new has spf, dkim and dmarc pass and an
# Authentication-Results field with the three; prints a summary line.
check_documents() {
    "$py" - "$1" <<'EOF'
import glob, json, sys
from collections import Counter
seen, results, ar = 0, Counter(), 0
bad = None
for path in glob.glob(sys.argv[1] + "/new/*.jsonl"):
    with open(path) as f:
        for line in f:
            doc = json.loads(line)
            seen += 1
            got = {}
            for c in doc.get("checks", []):
                for k in ("spf", "dkim", "dmarc"):
                    if k in c:
                        got[k] = c[k]
            for k, v in got.items():
                results[(k, v)] += 1
            head = doc["mime"].split("\r\n\r\n", 1)[0].replace("\r\n\t", " ") \
                .replace("\r\n ", " ")
            fields = [h for h in head.split("\r\n")
                      if h.lower().startswith("authentication-results:")]
            if fields and all(w in fields[0] for w in
                              ("spf=pass", "dkim=pass", "dmarc=pass")):
                ar += 1
            if bad is None and got != {"spf": "pass", "dkim": "pass",
                                       "dmarc": "pass"}:
                bad = doc.get("checks")
print("documents: %d; %s; Authentication-Results with spf, dkim and dmarc"
      " pass: %d" % (seen, ", ".join("%s %s: %d" % (k, v, n) for (k, v), n
                                     in sorted(results.items())), ar))
if bad is not None or seen == 0 or ar != seen:
    print("NOT every document passed every check, e.g. %s" % bad)
    sys.exit(1)
EOF
}

# $1: plain or checks; prints the rate (msg/s) on stdout.
run() {
    local log=$work/$1.$i.log status=0
    if [ "$1" = checks ]; then
        MXQ_SMTP_CHECK=spf,dkim,dmarc MXQ_DNS_SERVERS="127.0.0.1:$dns_port" \
            MXQ_SMTP_AUTH_RESULTS=local,nonlocal \
            MXQ_BENCH_KEEP_QUEUE="$work/kept" MXQ_BENCH_SINK=0 \
            MXQ_BENCH_MESSAGE_FILE="$work/message.eml" \
            MXQ_BENCH_ROUNDS=1 "$root/bench/bench_throughput.sh" "$build" >"$log" 2>&1 || status=$?
    else
        MXQ_BENCH_SINK=0 MXQ_BENCH_MESSAGE_FILE="$work/message.eml" \
            MXQ_BENCH_ROUNDS=1 "$root/bench/bench_throughput.sh" "$build" >"$log" 2>&1 || status=$?
    fi
    if [ "$status" != 0 ] || ! grep -q "^stored .*: ok" "$log"; then
        echo "run $1 $i failed:" >&2
        tail -5 "$log" >&2
        return 1
    fi
    awk '/^mxqd, durable file queue/ {print $NF}' "$log"
}

echo "message: $(wc -c <"$work/message.eml") octets as a file" \
     "($(grep -c '' "$work/message.eml") lines), DKIM $alg, d=example.test;" \
     "unbound on 127.0.0.1:$dns_port; $(nproc) CPUs, load average" \
     "$(cut -d' ' -f1-3 /proc/loadavg)"
: >"$work/plain.rates"
: >"$work/checks.rates"
for i in $(seq "$rounds"); do
    run plain >>"$work/plain.rates"
    run checks >>"$work/checks.rates"
    verdicts=$(check_documents "$work/kept") ||
        { echo "round $i: $verdicts" >&2; exit 1; }
    rm -rf "$work/kept"
    echo "round $i: without checks $(tail -1 "$work/plain.rates") msg/s," \
         "with spf,dkim,dmarc $(tail -1 "$work/checks.rates") msg/s;" \
         "$verdicts"
done
grep -h "^load:" "$work"/plain.1.log | sed 's/^/  /'
plain=$(median <"$work/plain.rates")
checks=$(median <"$work/checks.rates")
echo
printf '%-44s %10s\n' "mxqd, file queue, $messages x 10 KB signed" "msg/s"
printf '%-44s %10s   (%s)\n' "without checks (median)" "$plain" \
    "$(paste -sd' ' "$work/plain.rates")"
printf '%-44s %10s   (%s)\n' "smtp-check: spf,dkim,dmarc (median)" "$checks" \
    "$(paste -sd' ' "$work/checks.rates")"
echo "cost of the checks: $(echo "$checks $plain" |
     awk '{printf "%.1f", 100 * (1 - $1 / $2)}') % (goal < 25 %)"
