#!/bin/bash
# mxqd behind HAProxy into a 3-node RabbitMQ cluster: accepted msg/s for 1,
# 2 and 3 mxqd, with classic and with quorum queues, next to Postfix's
# smtp-sink behind the same HAProxy, under the same load (smtp-source, 50
# sessions, 10 KB messages, one message per connection). Prints the rates,
# their ratio to smtp-sink, and where the CPU goes per message.
#
#   bench/bench_cluster.sh [BUILD_DIR]        (default: build; use a
#                                              Release/RelWithDebInfo one)
#
# Set-up, as tests/integration/test_cluster_fault.py: ci/rabbitmq_cluster.sh
# (3 nodes, one epmd, one cookie; AMQP on BASE..BASE+2, BASE 26600 or the
# next free one), mxqd i on 127.0.0.i (smtp-proxy 127.0.0.4/32), its
# rabbitmq-address listing the three nodes starting with node i, and one
# HAProxy (mode tcp, roundrobin) with a frontend per configuration on
# 127.0.0.1: 1, 2 or 3 mxqd (send-proxy-v2, source 127.0.0.4) and one
# smtp-sink (no PROXY header: smtp-sink does not speak it). SMTP ports in
# 3100-3199. Each mxqd run publishes into a fresh queue (persistent,
# confirmed, durable); afterwards the queue must hold at least one
# document per message sent (rabbitmqctl list_queues messages; with
# MXQ_BENCH_DRAIN=1 also drained and counted with mxq_amqp_tool), and is
# deleted. smtp-sink runs first and again at the end (the machine's drift);
# the ratios are to the mean of its two rates.
#
# CPU: utime+stime from /proc/PID/stat before and after the load for the
# mxqd processes, the three beam.smp, haproxy (and smtp-sink), and
# smtp-source's own (bash `times`), divided by the messages sent; the
# machine's busy time from /proc/stat shows what else ran.
#
# Environment: MXQ_BENCH_MESSAGES (default 10000 per run),
# MXQ_BENCH_SESSIONS (50), MXQ_BENCH_SIZE (10240), MXQ_BENCH_THREADS
# (smtp-threads per mxqd, default 2), MXQ_BENCH_DRAIN (0), MXQ_BENCH_KEEP
# (a directory: the logs are copied there). Every other MXQ_* variable goes
# to mxqd as a setting.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/bench/lib.sh"
build=$(realpath "${1:-$root/build}")
mxqd=$build/mxqd
tool=$build/mxq_amqp_tool
messages=${MXQ_BENCH_MESSAGES:-10000}
sessions=${MXQ_BENCH_SESSIONS:-50}
size=${MXQ_BENCH_SIZE:-10240}
threads=${MXQ_BENCH_THREADS:-2}
drain=${MXQ_BENCH_DRAIN:-0}
keep=${MXQ_BENCH_KEEP:-}
# mxqd reads every MXQ_* variable as a setting and refuses unknown ones.
unset MXQ_BENCH_MESSAGES MXQ_BENCH_SESSIONS MXQ_BENCH_SIZE MXQ_BENCH_THREADS \
      MXQ_BENCH_DRAIN MXQ_BENCH_KEEP

for t in smtp-source smtp-sink haproxy; do
    command -v "$t" >/dev/null || { echo "$t missing (packages postfix, haproxy)"; exit 1; }
done
[ -x "$mxqd" ] || { echo "no $mxqd: build first"; exit 1; }
[ "$drain" = 1 ] && { [ -x "$tool" ] || { echo "no $tool"; exit 1; }; }
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || { echo "rabbitmq-server missing"; exit 1; }
btype=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt" 2>/dev/null || true)
case $btype in
Release|RelWithDebInfo) ;;
*) echo "warning: $build is a '${btype:-unknown}' build, not Release/RelWithDebInfo" >&2 ;;
esac

cluster_sh=$root/ci/rabbitmq_cluster.sh
work=$(mktemp -d /tmp/mxq-bench-cluster.XXXXXX)
cluster=$work/rabbit
pids=()          # long-lived: haproxy, smtp-sink
mxqd_pids=()     # the current run's
brokers=()       # the three beam.smp
cluster_started=0
cleanup() {
    local pid
    for pid in "${mxqd_pids[@]}" "${pids[@]}"; do
        kill -TERM "$pid" 2>/dev/null || true
    done
    for pid in "${mxqd_pids[@]}" "${pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    if [ -n "$keep" ]; then
        mkdir -p "$keep"
        cp -r "$work"/*.log "$work"/*.cfg "$keep/" 2>/dev/null || true
        for n in 1 2 3; do
            cp -r "$cluster/n$n/log" "$keep/rabbit-n$n" 2>/dev/null || true
        done
    fi
    [ "$cluster_started" = 1 ] && "$cluster_sh" stop "$cluster" >/dev/null 2>&1 || true
    # A node removes its pid file early in a graceful stop, so the stop
    # above may return before its beam.smp is gone: wait for them here.
    for pid in "${brokers[@]}"; do
        for _ in $(seq 200); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$pid" 2>/dev/null || true
    done
    rm -rf "$work" 2>/dev/null || { sleep 1; rm -rf "$work"; }
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ctl() { "$cluster_sh" ctl "$cluster" 1 "$@"; }

# A port free on every address given after it.
free_on() {
    local p=$1 ip
    shift
    for ip in "$@"; do
        (exec 3<>"/dev/tcp/$ip/$p") 2>/dev/null && return 1
    done
    return 0
}

# ----------------------------------------------------------- CPU accounting
# utime+stime (clock ticks) of the processes given, summed.
ticks() {
    local pid sum=0 t
    for pid in "$@"; do
        t=$(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$pid/stat" 2>/dev/null || echo 0)
        sum=$((sum + t))
    done
    echo "$sum"
}
# The machine's busy and stolen ticks (all CPUs) from /proc/stat.
machine() {
    awk '$1 == "cpu" { print $2 + $3 + $4 + $7 + $8, $9 }' /proc/stat
}
hz=$(getconf CLK_TCK)

# smtp-source against port $1 in a subshell that reports its child's CPU:
# prints "seconds cpu-seconds".
timed_load() {
    local start end cpu
    start=$(date +%s.%N)
    cpu=$( (smtp-source -s "$sessions" -l "$size" -m "$messages" -f a@example.test \
                -t b@example.test "127.0.0.1:$1" >"$work/source.$1.log" 2>&1 ||
                echo "smtp-source failed" >>"$work/source.$1.log"
            times) | tail -1)
    end=$(date +%s.%N)
    if grep -q "smtp-source failed" "$work/source.$1.log"; then
        echo "smtp-source failed:" >&2
        tail -5 "$work/source.$1.log" >&2
        return 1
    fi
    # "0m1.230s 0m0.450s": the children's user and system time
    echo "$start $end $cpu" | awk '{
        u = $3; s = $4
        split(u, a, "m"); sub(/s/, "", a[2]); us = a[1] * 60 + a[2]
        split(s, b, "m"); sub(/s/, "", b[2]); ss = b[1] * 60 + b[2]
        printf "%.3f %.3f\n", $2 - $1, us + ss }'
}

# ----------------------------------------------------------- the cluster
base=""
for b in $(seq 26600 3 26690); do
    ok=1
    for o in 0 1 2 100 101 102 200; do
        port_free $((b + o)) || { ok=0; break; }
    done
    [ "$ok" = 1 ] && { base=$b; break; }
done
[ -n "$base" ] || { echo "no free cluster ports in 26600..26892"; exit 1; }

smtp=""
for p in $(seq 3100 10 3190); do
    if free_on "$p" 127.0.0.1 127.0.0.2 127.0.0.3 &&
       free_on $((p + 1)) 127.0.0.1 && free_on $((p + 2)) 127.0.0.1 &&
       free_on $((p + 3)) 127.0.0.1 && free_on $((p + 4)) 127.0.0.1 &&
       free_on $((p + 5)) 127.0.0.1; then
        smtp=$p
        break
    fi
done
[ -n "$smtp" ] || { echo "no free SMTP ports in 3100-3199"; exit 1; }
front1=$((smtp + 1)) front2=$((smtp + 2)) front3=$((smtp + 3))
front_sink=$((smtp + 4)) sink_port=$((smtp + 5))

echo "load: smtp-source -s $sessions -l $size -m $messages per run (one message" \
     "per connection); $(nproc) CPUs; mxqd: $mxqd (${btype:-?}), smtp-threads $threads"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
t0=$(date +%s)
cluster_started=1
"$cluster_sh" start "$cluster" "$base" >"$work/cluster-start.log" 2>&1 ||
    { cat "$work/cluster-start.log"; exit 1; }
brokers=()
for n in 1 2 3; do
    brokers+=("$(cat "$cluster/n$n/rabbit.pid")")
done
echo "cluster: 3 nodes on 127.0.0.1:$base-$((base + 2)), ready after $(($(date +%s) - t0)) s" \
     "(beam.smp ${brokers[*]})"

# ----------------------------------------------------------- HAProxy, smtp-sink
cat >"$work/haproxy.cfg" <<EOF
global
    maxconn 2000
    noreuseport

defaults
    mode tcp
    timeout connect 5s
    timeout client 60s
    timeout server 60s

frontend mxq1
    bind 127.0.0.1:$front1
    default_backend mxq1
frontend mxq2
    bind 127.0.0.1:$front2
    default_backend mxq2
frontend mxq3
    bind 127.0.0.1:$front3
    default_backend mxq3
frontend sink
    bind 127.0.0.1:$front_sink
    default_backend sink

backend mxq1
    balance roundrobin
    server mx1 127.0.0.1:$smtp send-proxy-v2 source 127.0.0.4
backend mxq2
    balance roundrobin
    server mx1 127.0.0.1:$smtp send-proxy-v2 source 127.0.0.4
    server mx2 127.0.0.2:$smtp send-proxy-v2 source 127.0.0.4
backend mxq3
    balance roundrobin
    server mx1 127.0.0.1:$smtp send-proxy-v2 source 127.0.0.4
    server mx2 127.0.0.2:$smtp send-proxy-v2 source 127.0.0.4
    server mx3 127.0.0.3:$smtp send-proxy-v2 source 127.0.0.4
backend sink
    balance roundrobin
    server sink 127.0.0.1:$sink_port source 127.0.0.4
EOF
haproxy -db -f "$work/haproxy.cfg" >"$work/haproxy.log" 2>&1 &
haproxy_pid=$!
pids+=("$haproxy_pid")
for p in $front1 $front2 $front3 $front_sink; do
    wait_port "$p" || { cat "$work/haproxy.log"; exit 1; }
done

sink_user=()
[ "$(id -u)" = 0 ] && sink_user=(-u nobody) # it refuses to run as root
smtp-sink "${sink_user[@]}" "127.0.0.1:$sink_port" 256 >"$work/sink.log" 2>&1 &
sink_pid=$!
pids+=("$sink_pid")
wait_port "$sink_port" || { cat "$work/sink.log"; exit 1; }

# ----------------------------------------------------------- one run
# Results per configuration, in order.
names=() rates=() rows_cpu=() verdicts=()
failed=0

# measure NAME FRONT_PORT RECEIVER_PIDS...: the load through HAProxy's
# frontend, with the CPU of every group; appends to the result arrays.
measure() {
    local name=$1 front=$2
    shift 2
    local -a recv=("$@")
    local r0 b0 h0 m0 r1 b1 h1 m1 out t src
    sleep 1 # let the previous run's broker work settle
    r0=$(ticks "${recv[@]}") b0=$(ticks "${brokers[@]}") h0=$(ticks "$haproxy_pid")
    m0=$(machine)
    out=$(timed_load "$front") || return 1
    r1=$(ticks "${recv[@]}") b1=$(ticks "${brokers[@]}") h1=$(ticks "$haproxy_pid")
    m1=$(machine)
    t=${out% *} src=${out#* }
    names+=("$name")
    rates+=("$(rate "$t")")
    # receiver, broker, haproxy, smtp-source: CPU us per message; broker
    # messages per broker CPU-second; the machine's busy cores and the
    # part of it not in these groups.
    rows_cpu+=("$(echo "$r0 $r1 $b0 $b1 $h0 $h1 $src $m0 $m1 $t" | awk -v hz="$hz" -v m="$messages" '{
        rc = ($2 - $1) / hz; bc = ($4 - $3) / hz; hc = ($6 - $5) / hz; sc = $7
        busy = ($10 - $8) / hz; steal = ($11 - $9) / hz; t = $12
        other = busy - rc - bc - hc - sc
        printf "%.0f %.0f %.0f %.0f %s %.2f %.2f %.2f %.1f %.1f %.1f %.1f", rc * 1e6 / m, bc * 1e6 / m, hc * 1e6 / m, sc * 1e6 / m,
            (bc > 0 ? sprintf("%.0f", m / bc) : "-"), busy / t, other / t, steal / t, rc, bc, hc, sc }')")
    echo "  $name: ${t} s, $(rate "$t") msg/s"
}

# How many messages queue $1 holds (empty: no such queue).
queue_count() {
    ctl list_queues -q --no-table-headers name messages 2>/dev/null |
        awk -v q="$1" '$1 == q {print $2}'
}

# mxqd_run TYPE N
mxqd_run() {
    local type=$1 n=$2 i queue front nodes logs=()
    queue=bench_${type}_${n}_$$
    case $n in 1) front=$front1 ;; 2) front=$front2 ;; 3) front=$front3 ;; esac
    mxqd_pids=()
    for i in $(seq "$n"); do
        # mxqd i prefers node i, then the next ones
        nodes=""
        for k in 0 1 2; do
            nodes+="${nodes:+,}amqp://guest:guest@127.0.0.1:$((base + (i - 1 + k) % 3))/"
        done
        local log=$work/mxqd.$type.$n.$i.log
        logs+=("$log")
        "$mxqd" --smtp-ip "127.0.0.$i" --smtp-port "$smtp" \
            --hostname "mx$i.bench.test" --smtp-threads "$threads" \
            --application-log "$log" --smtp-proxy 127.0.0.4/32 \
            --rabbitmq-address "$nodes" --rabbitmq-queue-type "$type" \
            --rabbitmq-inbox "$queue" --rabbitmq-persistent true \
            --rabbitmq-durable true 2>>"$log.stderr" &
        mxqd_pids+=("$!")
    done
    for i in $(seq "$n"); do
        local ok=0
        for _ in $(seq 300); do
            grep -q "publisher 0 connected to" "${logs[i - 1]}" 2>/dev/null && { ok=1; break; }
            kill -0 "${mxqd_pids[i - 1]}" 2>/dev/null || break
            sleep 0.1
        done
        [ "$ok" = 1 ] || { echo "mxqd $i did not connect:"; tail -5 "${logs[i - 1]}" "${logs[i - 1]}.stderr"; exit 1; }
    done
    # the queue exists (declared by the first publisher to connect)
    for _ in $(seq 100); do
        [ -n "$(queue_count "$queue")" ] && break
        sleep 0.2
    done
    measure "$n mxqd, $type queue" "$front" "${mxqd_pids[@]}" || exit 1
    local pid status=0 st
    for pid in "${mxqd_pids[@]}"; do
        kill -TERM "$pid" 2>/dev/null || true
    done
    for pid in "${mxqd_pids[@]}"; do
        st=0
        wait "$pid" || st=$?
        [ "$st" = 0 ] || status=$st
    done
    mxqd_pids=()
    local stored="" refused per=""
    for _ in $(seq 50); do
        stored=$(queue_count "$queue")
        [ "${stored:-0}" -ge "$messages" ] && break
        sleep 0.2
    done
    refused=$(grep -c " 4[0-9][0-9] " "$work/source.$front.log" || true)
    for i in $(seq "$n"); do
        per+="${per:+/}$(grep -c "PROXY v2 from 127.0.0.4" "${logs[i - 1]}" || true)"
    done
    local drained=""
    if [ "$drain" = 1 ]; then
        drained=$("$tool" drain "amqp://guest:guest@127.0.0.1:$base/" "$queue" | grep -ac '^M ' || true)
    fi
    local v=ok
    if [ "${stored:-0}" -lt "$messages" ] || { [ -n "$drained" ] && [ "$drained" -lt "$messages" ]; }; then
        v=MISMATCH
        failed=1
    fi
    verdicts+=("$v: queue $queue held ${stored:-?}${drained:+ (drained $drained)} of $messages sent; 4xx $refused; PROXY sessions per mxqd $per; mxqd exit $status")
    echo "    ${verdicts[-1]}"
    ctl delete_queue "$queue" >/dev/null 2>&1 || true
}

# ----------------------------------------------------------- the runs
echo "runs:"
measure "smtp-sink (1, no PROXY)" "$front_sink" "$sink_pid" || exit 1
verdicts+=("smtp-sink stores nothing; 4xx $(grep -c " 4[0-9][0-9] " "$work/source.$front_sink.log" || true)")
for type in classic quorum; do
    for n in 1 2 3; do
        mxqd_run "$type" "$n"
    done
done
# the sink once more: how much the machine drifted meanwhile
measure "smtp-sink again, at the end" "$front_sink" "$sink_pid" || exit 1

# ----------------------------------------------------------- summary
# ratios to the mean of the two sink runs
last=$((${#rates[@]} - 1))
sink_rate=$(( (rates[0] + rates[last]) / 2 ))
echo
printf '%-28s | %8s | %s\n' "configuration (HAProxy)" "msg/s" "ratio to smtp-sink ($sink_rate msg/s, mean of both runs)"
printf '%-28s-+-%8s-+-%s\n' "----------------------------" "--------" "------------------"
for i in "${!names[@]}"; do
    printf '%-28s | %8s | %s\n' "${names[$i]}" "${rates[$i]}" \
        "$(echo "${rates[$i]} $sink_rate" | awk '{printf "%.2f", $1 / $2}')"
done
echo
echo "CPU per message during the load (us; receiver = the mxqd processes, or smtp-sink),"
echo "broker messages per broker CPU-second; the machine's busy cores (other: busy outside these"
echo "groups, e.g. softirq, this script, another user) and cores stolen by the hypervisor:"
printf '%-28s | %8s %8s %8s %8s | %10s | %5s %5s %5s | %s\n' "configuration" "receiver" "broker" \
    "haproxy" "source" "msg/brk-s" "busy" "other" "steal" "CPU s: recv brk hap src"
for i in "${!names[@]}"; do
    read -r rc bc hc sc mb busy other steal rs bs hs ss <<<"${rows_cpu[$i]}"
    case ${names[$i]} in smtp-sink*) mb="- (idle)" ;; esac # the brokers only idle then
    printf '%-28s | %8s %8s %8s %8s | %10s | %5s %5s %5s | %s %s %s %s\n' "${names[$i]}" "$rc" "$bc" "$hc" "$sc" \
        "$mb" "$busy" "$other" "$steal" "$rs" "$bs" "$hs" "$ss"
done
echo
for v in "${verdicts[@]}"; do
    echo "check: $v"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); $(($(date +%s) - t0)) s in all"
[ "$failed" = 0 ] || { echo "MISMATCH: a queue holds fewer documents than messages sent" >&2; exit 1; }
