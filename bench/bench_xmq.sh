#!/bin/bash
# The cost of x-mq-* extraction: bench_throughput.sh's load twice, every
# message a 10 KB file, once with 14 x-mq-* header fields (extracted into
# JSON properties, removed from the MIME) and once with as many ordinary
# X-Bench-* fields of the same size (goal: within 10 %). Alternates the
# two MXQ_BENCH_ROUNDS times (default 3) and prints each rate and the
# medians.
#
#   bench/bench_xmq.sh [BUILD_DIR]        (default: build)
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/bench/lib.sh"
build=${1:-$root/build}
rounds=${MXQ_BENCH_ROUNDS:-3}
unset MXQ_BENCH_ROUNDS
work=$(mktemp -d /tmp/mxq-bench-xmq.XXXXXX)
trap 'rm -rf "$work"' EXIT

# $1: the prefix of the 14 fields; writes the message to stdout.
message() {
    local p=$1
    printf 'Subject: bench\n'
    printf '%s-ip: 10.11.12.13\n%s-tag: one\n%s-tag: two\n' "$p" "$p" "$p"
    printf '%s-pool: bulk\n%s-maxattempts: 5\n%s-retries: 300,600\n' \
        "$p" "$p" "$p"
    printf '%s-delayed: 2027-01-02 03:04:05\n%s-inlinecss: 1\n' "$p" "$p"
    printf '%s-results-queue: results\n%s-dsn-ret: HDRS\n' "$p" "$p"
    printf '%s-smarthost-hostname: relay.example.test\n' "$p"
    printf '%s-smarthost-port: 587\n%s-priority: 2\n' "$p" "$p"
    printf '%s-custom-identifier: my-id\n\n' "$p"
    # the body: 10 KB in all, in 78-octet lines
    for _ in $(seq 128); do
        printf '%077d\n' 0
    done
}
message x-mq >"$work/xmq.eml"
message X-Bench >"$work/plain.eml"

run() {
    MXQ_BENCH_MESSAGE_FILE=$1 MXQ_BENCH_ROUNDS=1 "$root/bench/bench_throughput.sh" "$build" |
        tee -a "$work/all.log" | awk '/^mxqd, durable file queue/ {print $NF}'
}

: >"$work/xmq.rates"
: >"$work/plain.rates"
for i in $(seq "$rounds"); do
    run "$work/plain.eml" >>"$work/plain.rates"
    run "$work/xmq.eml" >>"$work/xmq.rates"
    echo "round $i: without x-mq $(tail -1 "$work/plain.rates") msg/s," \
         "with x-mq $(tail -1 "$work/xmq.rates") msg/s"
done
grep -c "stored .*: ok" "$work/all.log" | xargs echo "runs with every message stored:"
plain=$(median <"$work/plain.rates")
xmq=$(median <"$work/xmq.rates")
echo "median without x-mq fields: $plain msg/s; with 14 x-mq fields: $xmq msg/s;" \
     "ratio $(echo "$xmq $plain" | awk '{printf "%.3f", $1 / $2}') (goal >= 0.90)"
