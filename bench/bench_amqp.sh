#!/bin/bash
# mxqd -> RabbitMQ against the peers a user would pick instead, under the
# same load: smtp-source, 50 parallel sessions, 10 KB messages.
#
#   bench/bench_amqp.sh [BUILD_DIR]        (default: build)
#
#   mxqd      publishing to a private RabbitMQ node: publisher confirms,
#             persistent messages, durable queue; a 250 only after the ack.
#             Afterwards the queue must hold every message smtp-source sent.
#   Haraka    the npm package, version 3.1.0 (the last one that ships its
#             RabbitMQ queue plugin; 3.2 moved it out and the new package
#             is not published), with amqplib, installed into
#             $MXQ_BENCH_HARAKA_DIR (default /tmp/mxq-bench-haraka-3.1.0)
#             unless already there. It publishes with queue/rabbitmq_amqplib
#             to the same broker: persistent messages, a durable queue, a
#             confirm channel, but it answers 250 as soon as the publish is
#             written, before the broker's ack. Afterwards the script waits
#             for the broker to hold what Haraka acknowledged and prints it.
#             Without npm, Haraka is skipped (said in the output).
#   smtp-sink Postfix's sink: answers 250 and stores nothing.
#
# Environment: MXQ_BENCH_MESSAGES (default 20000), MXQ_BENCH_SESSIONS (50),
# MXQ_BENCH_SIZE (10240), MXQ_BENCH_THREADS (smtp-threads and Haraka
# nodes; default: the number of CPUs), MXQ_BENCH_ROUNDS (3: mxqd and
# smtp-sink run alternately that many times, the medians are compared;
# Haraka runs once).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/bench/lib.sh"
build=$(realpath "${1:-$root/build}")
mxqd=$build/mxqd
messages=${MXQ_BENCH_MESSAGES:-20000}
sessions=${MXQ_BENCH_SESSIONS:-50}
size=${MXQ_BENCH_SIZE:-10240}
threads=${MXQ_BENCH_THREADS:-$(nproc)}
rounds=${MXQ_BENCH_ROUNDS:-3}
haraka_version=3.1.0
haraka_dir=${MXQ_BENCH_HARAKA_DIR:-/tmp/mxq-bench-haraka-$haraka_version}
# mxqd reads every MXQ_* variable as a setting: keep ours away from it.
unset MXQ_BENCH_MESSAGES MXQ_BENCH_SESSIONS MXQ_BENCH_SIZE MXQ_BENCH_THREADS \
      MXQ_BENCH_HARAKA_DIR MXQ_BENCH_ROUNDS

for tool in smtp-source smtp-sink; do
    command -v "$tool" >/dev/null || { echo "$tool missing (package postfix)"; exit 1; }
done
[ -x "$mxqd" ] || { echo "no $mxqd: build first"; exit 1; }
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || { echo "rabbitmq-server missing"; exit 1; }

work=$(mktemp -d /tmp/mxq-bench-amqp.XXXXXX)
pids=()
broker_started=0
cleanup() {
    for pid in "${pids[@]}"; do
        kill -TERM "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    [ "$broker_started" = 1 ] && "$root/ci/rabbitmq.sh" stop "$work/rabbit" || true
    rm -rf "$work" 2>/dev/null || { sleep 1; rm -rf "$work"; }
}
trap cleanup EXIT

# A port in 25600..25699 that is free, with its +100 and +200 (the broker's
# distribution and epmd ports, see ci/rabbitmq.sh) free too.
pick_port() {
    for p in $(seq "$1" 2 25699); do
        if port_free "$p" && port_free $((p + 100)) && port_free $((p + 200)); then
            echo "$p"
            return
        fi
    done
    echo "no free port" >&2
    exit 1
}
# How many messages the broker holds in queue $1 (empty if it has none).
queue_count() {
    "$root/ci/rabbitmq.sh" ctl "$work/rabbit" list_queues -q \
        --no-table-headers name messages | awk -v q="$1" '$1 == q {print $2}'
}

echo "load: smtp-source -s $sessions -l $size -m $messages, $(nproc) CPUs," \
     "$threads threads/nodes; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# ----------------------------------------------------------- mxqd -> RabbitMQ
bport=$(pick_port 25640)
"$root/ci/rabbitmq.sh" start "$work/rabbit" "$bport" >/dev/null
broker_started=1
mport=$(pick_port 25600)
"$mxqd" --smtp-ip 127.0.0.1 --smtp-port "$mport" --hostname bench.test \
    --smtp-threads "$threads" --application-log "$work/mxqd.log" \
    --rabbitmq-address "amqp://guest:guest@127.0.0.1:$bport" \
    --rabbitmq-persistent true --rabbitmq-durable true &
mxqd_pid=$!
pids+=("$mxqd_pid")
for _ in $(seq 300); do
    grep -q "connected to" "$work/mxqd.log" 2>/dev/null && break
    sleep 0.1
done
grep -q "connected to" "$work/mxqd.log" || { echo "mxqd did not connect"; exit 1; }
# mxqd and smtp-sink alternately; the queue is counted and purged after
# each mxqd round, so that every round starts with it empty.
rates_mxqd=() rates_sink=() refused=0
for round in $(seq "$rounds"); do
    t_mxqd=$(load "$mport")
    stored=$(queue_count inbox)
    "$root/ci/rabbitmq.sh" ctl "$work/rabbit" purge_queue inbox >/dev/null
    refused=$((refused + $(grep -c "451" "$work/source.$mport.log" || true)))
    rates_mxqd+=("$(rate "$t_mxqd")")
    echo "round $round: mxqd -> RabbitMQ: ${t_mxqd} s, $(rate "$t_mxqd") msg/s;" \
         "queue inbox held ${stored:-?} of $messages (persistent, confirmed)"
    if [ "${stored:-0}" != "$messages" ]; then
        echo "MISMATCH: the queue does not hold every message sent" >&2
    fi
    t_sink=$(sink_load "$(pick_port 25660)")
    rates_sink+=("$(rate "$t_sink")")
    echo "round $round: smtp-sink (stores nothing): ${t_sink} s, $(rate "$t_sink") msg/s"
done
kill -TERM "$mxqd_pid"
wait "$mxqd_pid" || true
m_mxqd=$(printf '%s\n' "${rates_mxqd[@]}" | median)
m_sink=$(printf '%s\n' "${rates_sink[@]}" | median)

# ----------------------------------------------------------- Haraka
t_haraka=""
haraka=$haraka_dir/node_modules/.bin/haraka
if [ ! -x "$haraka" ] && command -v npm >/dev/null; then
    mkdir -p "$haraka_dir"
    (cd "$haraka_dir" && npm install --no-audit --no-fund --loglevel=error \
        "Haraka@$haraka_version" amqplib >/dev/null 2>&1) ||
        echo "npm install Haraka@$haraka_version amqplib failed"
fi
if [ -x "$haraka" ]; then
    hport=$(pick_port 25620)
    cfg=$work/haraka
    "$haraka" -i "$cfg" >/dev/null 2>&1
    # 3.1.0 reads connection.ini at load and has no fallback to its own
    # copy with the haraka-config that npm installs today.
    cp "$haraka_dir/node_modules/Haraka/config/connection.ini" "$cfg/config/"
    printf 'listen=127.0.0.1:%s\nnodes=%s\n' "$hport" "$threads" \
        >"$cfg/config/smtp.ini"
    printf 'rcpt_to.in_host_list\nqueue/rabbitmq_amqplib\n' >"$cfg/config/plugins"
    cat >"$cfg/config/rabbitmq.ini" <<EOF
[rabbitmq]
host=127.0.0.1
port=$bport
user=guest
password=guest
exchangeName=haraka
exchangeType=direct
queueName=haraka
deliveryMode=2
confirm=true
durable=true
autoDelete=false
EOF
    echo example.test >"$cfg/config/host_list"
    echo bench.test >"$cfg/config/me"
    printf '[main]\nlevel=warn\ntimestamps=false\nformat=default\n' \
        >"$cfg/config/log.ini"
    "$haraka" -c "$cfg" >"$work/haraka.log" 2>&1 &
    haraka_pid=$!
    pids+=("$haraka_pid")
    if wait_port "$hport"; then
        # Each worker registers its queue hook once its channel is open:
        # wait for the queue to exist, then for the other workers.
        for _ in $(seq 100); do
            [ "$(queue_count haraka)" = 0 ] && break
            sleep 0.1
        done
        sleep 2
        t_haraka=$(load "$hport")
        in_queue=""
        for _ in $(seq 100); do
            in_queue=$(queue_count haraka)
            [ "${in_queue:-0}" -ge "$messages" ] && break
            sleep 0.1
        done
        echo "Haraka $haraka_version (queue/rabbitmq_amqplib, 250 before the broker's ack):" \
             "${t_haraka} s, $(rate "$t_haraka") msg/s; queue haraka holds ${in_queue:-?} of $messages"
    else
        tail -5 "$work/haraka.log"
    fi
    kill -TERM "$haraka_pid" 2>/dev/null || true
    wait "$haraka_pid" 2>/dev/null || true
else
    echo "Haraka: not available (no npm, or the install failed)"
fi

# ----------------------------------------------------------- summary
echo
printf '%-34s %10s %10s\n' "receiver" "msg/s" "mxqd is"
printf '%-34s %10s %10s\n' "mxqd -> RabbitMQ (confirmed)" "$m_mxqd" "1.00x"
if [ -n "$t_haraka" ]; then
    printf '%-34s %10s %10s\n' "Haraka $haraka_version -> RabbitMQ" "$(rate "$t_haraka")" \
        "$(echo "$m_mxqd $(rate "$t_haraka")" | awk '{printf "%.2fx", $1 / $2}')"
fi
printf '%-34s %10s %10s\n' "smtp-sink" "$m_sink" \
    "$(echo "$m_mxqd $m_sink" | awk '{printf "%.2fx", $1 / $2}')"
echo "(mxqd and smtp-sink: medians of $rounds rounds: mxqd ${rates_mxqd[*]};" \
     "smtp-sink ${rates_sink[*]})"
echo "goals: >= 2x Haraka, >= 0.8x smtp-sink; 451 replies seen by smtp-source: $refused"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
