#!/bin/bash
# Where one message's time goes in mxqd on its file queue: smtp-source (50
# sessions, 10 KB messages) against mxqd, three times:
#   1. plain: mxqd's CPU time (user, system) per message, from
#      /proc/PID/stat, and the rate;
#   2. under `strace -f -c`: system calls per message, by call;
#   3. under `perf record -g`: the flame graph and the share of each part
#      (network system calls, parsing, JSON, the file queue's fsync
#      rounds, logging, ...), made by bench/flame.py.
#
#   bench/profile.sh [BUILD_DIR]   (default: build; build it with
#                                   -DCMAKE_C_FLAGS=-fno-omit-frame-pointer
#                                   for whole stacks)
#
# Environment: MXQ_BENCH_MESSAGES (20000; the strace run takes a tenth),
# MXQ_BENCH_SESSIONS (50), MXQ_BENCH_SIZE (10240), MXQ_BENCH_THREADS (2),
# MXQ_PROFILE_OUT (directory kept: flame.svg, stacks.folded, perf.data;
# default /tmp/mxq-profile), MXQ_BENCH_DIR (where the queue goes, default
# /tmp). Needs perf, strace and Postfix's smtp-source.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/bench/lib.sh"
build=$(realpath "${1:-$root/build}")
mxqd=$build/mxqd
messages=${MXQ_BENCH_MESSAGES:-20000}
sessions=${MXQ_BENCH_SESSIONS:-50}
size=${MXQ_BENCH_SIZE:-10240}
threads=${MXQ_BENCH_THREADS:-2}
out=${MXQ_PROFILE_OUT:-/tmp/mxq-profile}
bench_dir=${MXQ_BENCH_DIR:-/tmp}
# mxqd reads every MXQ_* variable as a setting.
unset MXQ_BENCH_MESSAGES MXQ_BENCH_SESSIONS MXQ_BENCH_SIZE MXQ_BENCH_THREADS \
    MXQ_PROFILE_OUT MXQ_BENCH_DIR

for tool in smtp-source perf strace; do
    command -v "$tool" >/dev/null || { echo "$tool missing"; exit 1; }
done
[ -x "$mxqd" ] || { echo "no $mxqd: build first"; exit 1; }
mkdir -p "$out"
work=$(mktemp -d "$bench_dir/mxq-profile.XXXXXX")
pid=
cleanup() {
    [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port=2880
while ! port_free "$port"; do port=$((port + 1)); done

# Starts mxqd on $port behind the command words given; sets $pid.
start() {
    rm -rf "$work/queue"
    "$@" "$mxqd" --smtp-ip 127.0.0.1 --smtp-port "$port" \
        --hostname bench.test --smtp-threads "$threads" \
        --queue-directory "$work/queue" \
        --application-log "$work/mxqd.log" &
    pid=$!
    wait_port "$port"
}

# SIGTERM to mxqd itself (under strace or perf, $pid is theirs).
stop() {
    pkill -TERM -f "^$mxqd --smtp-ip 127.0.0.1 --smtp-port $port " || true
    wait "$pid" || true
    pid=
}

# utime + stime of process $1 and its threads, in clock ticks
cpu_ticks() { awk '{ print $14 + $15, $14, $15 }' "/proc/$1/stat"; }

echo "load: smtp-source -s $sessions -l $size -m $messages;" \
     "$(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"

# 1. CPU per message
start
read -r _ u0 s0 < <(cpu_ticks "$pid")
t=$(load "$port")
read -r _ u1 s1 < <(cpu_ticks "$pid")
stop
hz=$(getconf CLK_TCK)
awk -v m="$messages" -v hz="$hz" -v u="$((u1 - u0))" -v s="$((s1 - s0))" \
    -v t="$t" 'BEGIN {
    printf "mxqd: %.0f msg/s; CPU per message %.1f us (user %.1f, system %.1f)\n",
        m / t, (u + s) * 1e6 / hz / m, u * 1e6 / hz / m, s * 1e6 / hz / m }'

# 2. system calls per message (a tenth of the load: strace is slow)
full=$messages
messages=$((full / 10))
start strace -f -c -o "$work/strace.txt"
load "$port" >/dev/null
stop
echo
echo "system calls per message (strace -f -c, $messages messages):"
awk -v m="$messages" '
    $1 ~ /^[0-9.]+$/ && NF >= 5 {
        name = $NF; calls = $4; per = calls / m
        if (name == "total") next
        if (per >= 0.05) printf "  %-16s %6.2f\n", name, per
        total += calls }
    END { printf "  %-16s %6.2f\n", "all", total / m }' "$work/strace.txt"

# 3. the flame
messages=$full
start perf record -q -F 499 --call-graph dwarf,16384 -o "$work/perf.data" --
load "$port" >/dev/null
stop
echo
perf script -i "$work/perf.data" 2>/dev/null |
    python3 "$root/bench/flame.py" --svg "$out/flame.svg" \
        --folded "$out/stacks.folded" \
        --title "mxqd, file queue: smtp-source -s $sessions -l $size -m $messages"
mv "$work/perf.data" "$out/perf.data"
echo
echo "flame graph: $out/flame.svg; stacks: $out/stacks.folded"
