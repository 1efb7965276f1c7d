#!/bin/bash
# DKIM verifications per second: mxq's engine against OpenDKIM on the
# same messages and keys (goal: mxq >= 2 x OpenDKIM).
#
#   bench/bench_dkim.sh [BUILD_DIR]        (default: build)
#
# 1. Fresh keys (dkimpy's dknewkey: RSA-2048 and ed25519) and messages of
#    about 2 KB, 10 KB and 50 KB, each signed by dkimpy (relaxed/relaxed,
#    rsa-sha256 and ed25519-sha256): bench/dkim_messages.py.
# 2. BUILD_DIR/bench_dkim: mxq's verifier and libopendkim in one process,
#    keys from memory, every verdict checked to be pass, over those six
#    sets and the messages of Mail::DKIM's corpus that both pass; then
#    SHA-256, RSA-2048 and ed25519 of wolfCrypt against OpenSSL and where
#    a 50 KB verification's time goes.
# 3. opendkim-testmsg (Debian opendkim-tools), one process per message:
#    its rate includes process start-up and a DNS query. It has no key
#    file option, so it runs in a network and mount namespace of its own
#    (unshare; root) with unbound on that namespace's 127.0.0.1:53 and a
#    resolv.conf bind-mounted over /etc/resolv.conf there. Skipped, with a
#    word, when unshare is not possible.
#
# Environment: MXQ_BENCH_SECONDS (per figure and round, default 1),
# MXQ_BENCH_ROUNDS (3), MXQ_BENCH_TESTMSG_RUNS (opendkim-testmsg
# processes per set, default 200; 0 skips it).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath "${1:-$root/build}")
secs=${MXQ_BENCH_SECONDS:-1}
rounds=${MXQ_BENCH_ROUNDS:-3}
testmsg_runs=${MXQ_BENCH_TESTMSG_RUNS:-200}
corpus=$root/../shared/conformance/perl-mail-dkim/corpus
py=/usr/bin/python3 # Debian's python3-dkim imports only under it
[ -x "$build/bench_dkim" ] ||
    { echo "no $build/bench_dkim: build it (needs libopendkim-dev, libssl-dev)"; exit 1; }
command -v dknewkey >/dev/null || { echo "dknewkey missing (python3-dkim)"; exit 1; }

work=$(mktemp -d /tmp/mxq-bench-dkim.XXXXXX)
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

"$py" "$root/bench/dkim_messages.py" "$work" 16
set_args=()
for s in 2k-rsa 2k-ed25519 10k-rsa 10k-ed25519 50k-rsa 50k-ed25519; do
    set_args+=(--set "$s=$work/sets/$s")
done
corpus_args=()
if [ -d "$corpus" ]; then
    corpus_args=(--corpus "$corpus")
else
    echo "no $corpus: the Mail::DKIM set is left out"
fi
echo "$(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$build/bench_dkim" --seconds "$secs" --rounds "$rounds" \
    --keys "$work/keys.txt" "${set_args[@]}" "${corpus_args[@]}"

# ----------------------------------------------------------- opendkim-testmsg
[ "$testmsg_runs" = 0 ] && exit 0
if ! command -v opendkim-testmsg >/dev/null; then
    echo "opendkim-testmsg missing (opendkim-tools): its figures are left out"
    exit 0
fi
if ! unshare -n -m true 2>/dev/null; then
    echo "cannot unshare a network namespace (not root?): opendkim-testmsg left out"
    exit 0
fi
cat >"$work/unbound.conf" <<EOF
server:
  interface: 127.0.0.1@53
  port: 53
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
echo "nameserver 127.0.0.1" >"$work/resolv.conf"
cat >"$work/testmsg.sh" <<'EOF'
# Runs inside the namespace: $1 the work directory, $2 runs per set.
set -eu
work=$1 runs=$2
ip link set lo up
mount --bind "$work/resolv.conf" /etc/resolv.conf
/usr/sbin/unbound -d -c "$work/unbound.conf" </dev/null >"$work/unbound.log" 2>&1 &
unbound_pid=$!
trap 'kill -TERM $unbound_pid 2>/dev/null; wait $unbound_pid 2>/dev/null || true' EXIT
for _ in $(seq 100); do
    opendkim-testmsg <"$work/sets/2k-rsa/000.eml" 2>/dev/null && break
    sleep 0.05
done
# It must say no to a changed message, or its exit status proves nothing.
if sed 's/bench message/bench massage/' "$work/sets/2k-rsa/000.eml" |
    opendkim-testmsg 2>/dev/null; then
    echo "opendkim-testmsg passes a changed message: its status is no verdict"
    exit 1
fi
printf '\n%-16s %6s %14s   %s\n' "message set" "runs" "testmsg verif/s" \
    "(one process per message: start-up, stdin, a DNS query, verify)"
for dir in "$work"/sets/*; do
    set -- "$dir"/*.eml
    n=$#
    start=$(date +%s.%N)
    for k in $(seq 0 $((runs - 1))); do
        f=$(printf '%s/%03d.eml' "$dir" $((k % n)))
        opendkim-testmsg <"$f" ||
            { echo "opendkim-testmsg: $f does not pass"; exit 1; }
    done
    end=$(date +%s.%N)
    printf '%-16s %6d %14s\n' "$(basename "$dir")" "$runs" \
        "$(echo "$start $end $runs" | awk '{printf "%.0f", $3 / ($2 - $1)}')"
done
EOF
unshare -n -m bash "$work/testmsg.sh" "$work" "$testmsg_runs"
