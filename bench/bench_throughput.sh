#!/bin/bash
# mxqd on its durable file queue against Postfix's smtp-sink (which stores
# nothing), under the same load: smtp-source, 50 parallel sessions, 10 KB
# messages. Prints both rates and the ratio (goal: mxqd >= 1.0 x
# smtp-sink), then checks that queue/inbox/new holds one JSON line for
# every message sent: each 250 was given only after its file was durable.
# Then the same for 1 KB messages and for 100 recipients a message, and
# the 10 KB load again beside 10,000 idle connections (goal: its rate
# drops less than 10 %).
#
#   bench/bench_throughput.sh [BUILD_DIR]        (default: build)
#
# Environment: MXQ_BENCH_MESSAGES (default 20000), MXQ_BENCH_SESSIONS (50),
# MXQ_BENCH_SIZE (10240), MXQ_BENCH_THREADS (smtp-threads, default 2),
# MXQ_BENCH_PORT (first port tried, default 2700), MXQ_BENCH_MESSAGE_FILE
# (send this file as every message instead of smtp-source's own),
# MXQ_BENCH_KEEP_QUEUE (a directory: the queue's inbox/new is moved
# there at the end, for the caller to read the documents),
# MXQ_BENCH_SINK (0: skip the smtp-sink run), MXQ_BENCH_METRICS (1:
# mxqd serves metrics-address on a free loopback port, scraped once a
# second during the load, and its counters are printed at the end; to
# compare with 0, the default), MXQ_BENCH_SHAPES (0: not the other
# shapes), MXQ_BENCH_IDLE (idle connections, default 10000; 0: not that
# run), MXQ_BENCH_DIR (where the queue goes, default /tmp: its file
# system's cost of creating files is part of the figure), MXQ_BENCH_ROUNDS
# (rounds of each comparison, run alternately, default 3; the medians are
# compared). Every other MXQ_* variable goes to mxqd as
# a setting (MXQ_SMTP_CHECK=spf, ...).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/bench/lib.sh"
build=$(realpath "${1:-$root/build}")
mxqd=$build/mxqd
messages=${MXQ_BENCH_MESSAGES:-20000}
sessions=${MXQ_BENCH_SESSIONS:-50}
size=${MXQ_BENCH_SIZE:-10240}
threads=${MXQ_BENCH_THREADS:-2}
first_port=${MXQ_BENCH_PORT:-2700}
message_file=${MXQ_BENCH_MESSAGE_FILE:-}
keep_queue=${MXQ_BENCH_KEEP_QUEUE:-}
with_sink=${MXQ_BENCH_SINK:-1}
with_metrics=${MXQ_BENCH_METRICS:-0}
with_shapes=${MXQ_BENCH_SHAPES:-1}
idle=${MXQ_BENCH_IDLE:-10000}
bench_dir=${MXQ_BENCH_DIR:-/tmp}
main_rounds=${MXQ_BENCH_ROUNDS:-3}
size_main=$size
messages_main=$messages
# mxqd takes every MXQ_* variable for a setting, and refuses unknown ones.
unset MXQ_BENCH_MESSAGES MXQ_BENCH_SESSIONS MXQ_BENCH_SIZE MXQ_BENCH_THREADS \
    MXQ_BENCH_PORT MXQ_BENCH_MESSAGE_FILE MXQ_BENCH_KEEP_QUEUE MXQ_BENCH_SINK \
    MXQ_BENCH_METRICS MXQ_BENCH_SHAPES MXQ_BENCH_IDLE MXQ_BENCH_DIR \
    MXQ_BENCH_ROUNDS

for tool in smtp-source smtp-sink; do
    command -v "$tool" >/dev/null ||
        { echo "$tool missing (Debian package postfix)"; exit 1; }
done
[ -x "$mxqd" ] || { echo "no $mxqd: build first"; exit 1; }

work=$(mktemp -d "$bench_dir/mxq-bench-throughput.XXXXXX")
pids=()
cleanup() {
    for pid in "${pids[@]}"; do
        kill -TERM "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

pick_port() {
    for p in $(seq "$1" $((first_port + 99))); do
        if port_free "$p"; then
            echo "$p"
            return
        fi
    done
    echo "no free port from $1" >&2
    exit 1
}
echo "load: smtp-source -s $sessions ${message_file:+-F $message_file }-l $size -m $messages; $(nproc) CPUs," \
     "load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "queue on: $(findmnt -no FSTYPE,SOURCE,OPTIONS -T "$work" || echo "?")"

# GET /metrics with bash alone (no process started per scrape).
scrape() {
    local line
    exec 3<>"/dev/tcp/127.0.0.1/$1" || return 1
    printf 'GET /metrics HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
    while IFS= read -r line <&3; do
        printf '%s\n' "${line%$'\r'}"
    done
    exec 3<&-
}

# ----------------------------------------------------------- mxqd
# One mxqd run under the load: sets t_mxqd, stored, files, leftover,
# refused, mxqd_status and verdict (ok when new/ holds one JSON line per
# message and recipient). With $idle_port_hold set, $idle idle connections
# are opened to it first and held during the load.
mxqd_run() {
    local mport queue metrics_args=() holder_pid= scraper_pid=
    mport=$(pick_port "$first_port")
    queue=$work/queue.$mport
    if [ "$with_metrics" = 1 ]; then
        metrics_port=$(pick_port $((mport + 50)))
        metrics_args=(--metrics-address "127.0.0.1:$metrics_port")
    fi
    "$mxqd" --smtp-ip 127.0.0.1 --smtp-port "$mport" --hostname bench.test \
        --smtp-threads "$threads" --queue-directory "$queue" \
        --application-log "$work/mxqd.$mport.log" "${metrics_args[@]}" &
    mxqd_pid=$!
    pids+=("$mxqd_pid")
    wait_port "$mport" || { tail -5 "$work/mxqd.$mport.log"; exit 1; }
    if [ "${hold_idle:-0}" -gt 0 ]; then
        python3 "$root/bench/bench_idle_memory.py" "$build" --hold "$mport" \
            --connections "$hold_idle" >"$work/hold.log" 2>&1 &
        holder_pid=$!
        pids+=("$holder_pid")
        until grep -qs '^holding' "$work/hold.log"; do
            kill -0 "$holder_pid" 2>/dev/null ||
                { echo "idle connections failed:"; tail -3 "$work/hold.log"; exit 1; }
            sleep 0.2
        done
    fi
    if [ "$with_metrics" = 1 ]; then
        # a scraper, as Prometheus would be (a much shorter interval)
        ( while sleep 1; do scrape "$metrics_port" >/dev/null || true; done ) &
        scraper_pid=$!
        pids+=("$scraper_pid")
    fi
    t_mxqd=$(load "$mport")
    if [ -n "$scraper_pid" ]; then
        kill "$scraper_pid" 2>/dev/null || true
        sleep 1.2 # the sessions' counts are copied once a second
        echo "metrics (127.0.0.1:$metrics_port):"
        scrape "$metrics_port" | grep -E '^mxq_(messages_accepted|recipients_accepted|messages_refused|connections_accepted|received_bytes)_total |^mxq_store_latency_seconds_(sum|count) |^mxq_commands_total\{verb="DATA"\}' |
            sed 's/^/    /'
    fi
    if [ -n "$holder_pid" ]; then
        kill -TERM "$holder_pid" 2>/dev/null || true
        wait "$holder_pid" 2>/dev/null || true
    fi
    kill -TERM "$mxqd_pid"
    mxqd_status=0
    wait "$mxqd_pid" || mxqd_status=$?
    # Every 250 is a durable document: count the JSON lines in new/.
    stored=$(find "$queue/inbox/new" -name '*.jsonl' -exec cat {} + | wc -l)
    files=$(find "$queue/inbox/new" -name '*.jsonl' | wc -l)
    leftover=$(find "$queue/inbox/tmp" -type f | wc -l)
    refused=$(grep -c " 4[0-9][0-9] " "$work/source.$mport.log" || true)
    verdict=ok
    if [ "$stored" != $((messages * ${recipients:-1})) ]; then
        echo "MISMATCH: new/ does not hold one line per message and" \
             "recipient sent" >&2
        verdict=MISMATCH
    fi
    if [ -n "$keep_queue" ]; then
        mkdir -p "$keep_queue"
        mv "$queue/inbox/new" "$keep_queue/"
    fi
    rm -rf "$queue"
}

# The main comparison: mxqd and smtp-sink alternately, $main_rounds times
# each (the machine's rate drifts by more than the gap between them), and
# the ratio of the medians.
rates_mxqd=() rates_sink=() overall=ok
for round in $(seq "$main_rounds"); do
    mxqd_run
    [ "$verdict" = ok ] || overall=$verdict
    rates_mxqd+=("$(rate "$t_mxqd")")
    echo "round $round: mxqd ($threads threads, file queue, fsync per batch$([ "$with_metrics" = 1 ] &&
         echo ", metrics on")): ${t_mxqd} s," \
         "$(rate "$t_mxqd") msg/s; exit status after SIGTERM: $mxqd_status"
    echo "round $round: queue/inbox/new: $stored JSON lines in $files files for $messages" \
         "messages sent ($(echo "$stored $files" |
         awk '{ if ($2) printf "%.1f", $1 / $2; else printf "0" }') per fsync" \
         "round); tmp/ holds $leftover; 4xx replies seen: $refused"
    [ "$with_sink" = 0 ] && continue
    t_sink=$(sink_load "$(pick_port "$first_port")")
    rates_sink+=("$(rate "$t_sink")")
    echo "round $round: smtp-sink (stores nothing): ${t_sink} s, $(rate "$t_sink") msg/s"
done
m_mxqd=$(printf '%s\n' "${rates_mxqd[@]}" | median)

if [ "$with_sink" = 0 ]; then
    echo
    printf '%-36s %10s\n' "receiver" "msg/s"
    printf '%-36s %10s\n' "mxqd, durable file queue" "$m_mxqd"
    echo "(medians of $main_rounds rounds: mxqd ${rates_mxqd[*]})"
    echo "stored $stored of $messages: $overall"
    [ "$overall" = ok ]
    exit
fi
m_sink=$(printf '%s\n' "${rates_sink[@]}" | median)

# ----------------------------------------------------------- summary
echo
printf '%-36s %10s\n' "receiver" "msg/s"
printf '%-36s %10s\n' "mxqd, durable file queue" "$m_mxqd"
printf '%-36s %10s\n' "smtp-sink, stores nothing" "$m_sink"
echo "(medians of $main_rounds rounds: mxqd ${rates_mxqd[*]}; smtp-sink ${rates_sink[*]})"
echo "ratio mxqd / smtp-sink: $(echo "$m_mxqd $m_sink" |
     awk '{printf "%.2f", $1 / $2}') (goal >= 1.00);" \
     "stored $stored of $messages: $overall"
[ -n "$message_file" ] && { [ "$overall" = ok ]; exit; }

# ----------------------------------------------------------- more shapes
# The same comparison for 1 KB messages and for 100 recipients a message
# (each recipient one document), then the 10 KB load alone and beside idle
# connections, alternately; each $main_rounds times, medians compared.
# MXQ_BENCH_SHAPES=0 skips the shapes.
if [ "$with_shapes" = 1 ]; then
    echo
    printf '%-40s %10s %10s %7s %s\n' "load shape" "mxqd" "smtp-sink" "ratio" "stored"
    shape() { # label size recipients messages; medians of the rounds
        local label=$1 rm=() rs=() m_m m_s
        size=$2 recipients=$3 messages=$4
        for _ in $(seq "$main_rounds"); do
            mxqd_run
            rm+=("$(rate "$t_mxqd")")
            [ "$verdict" = ok ] || overall=$verdict
            rs+=("$(rate "$(sink_load "$(pick_port "$first_port")")")")
        done
        m_m=$(printf '%s\n' "${rm[@]}" | median)
        m_s=$(printf '%s\n' "${rs[@]}" | median)
        printf '%-40s %10s %10s %7s %s\n' "$label" "$m_m" "$m_s" \
            "$(echo "$m_m $m_s" | awk '{printf "%.2f", $1 / $2}')" \
            "$stored documents: $verdict (mxqd ${rm[*]}; smtp-sink ${rs[*]})"
    }
    shape "1 KB, 1 recipient (msg/s)" 1024 1 "$messages"
    shape "10 KB, 100 recipients (msg/s)" "$size" 100 $((messages / 20))
    size=$size_main recipients=1 messages=$messages_main
fi
if [ "$idle" -gt 0 ]; then
    size=$size_main recipients=1 messages=$messages_main
    alone=() beside=()
    for _ in $(seq "$main_rounds"); do
        mxqd_run
        alone+=("$(rate "$t_mxqd")")
        hold_idle=$idle mxqd_run
        beside+=("$(rate "$t_mxqd")")
        [ "$verdict" = ok ] || overall=$verdict
    done
    m_alone=$(printf '%s\n' "${alone[@]}" | median)
    m_beside=$(printf '%s\n' "${beside[@]}" | median)
    echo
    echo "10 KB load alone: $m_alone msg/s; beside $idle idle" \
         "connections (EHLO done): $m_beside msg/s; drop" \
         "$(echo "$m_alone $m_beside" | awk '{printf "%.1f", (1 - $2 / $1) * 100}')%" \
         "(goal < 10%); stored $stored: $verdict (medians; alone ${alone[*]};" \
         "beside ${beside[*]})"
fi
[ "$overall" = ok ]
