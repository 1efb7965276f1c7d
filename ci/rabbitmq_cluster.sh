#!/bin/sh
# A private 3-node RabbitMQ cluster for tests: one epmd, one Erlang cookie,
# three node names and ports, data and logs all under DIR, on 127.0.0.1
# only. No systemd, no machine-wide state. (One node: ci/rabbitmq.sh.)
#
#   ci/rabbitmq_cluster.sh start DIR [BASE_PORT]  starts nodes 1-3, joins
#                                                 2 and 3 to 1, waits
#   ci/rabbitmq_cluster.sh kill DIR N             SIGKILLs node N (1-3)
#   ci/rabbitmq_cluster.sh restart DIR N          starts node N again, same
#                                                 data; it rejoins by itself
#   ci/rabbitmq_cluster.sh stop DIR               stops every node and epmd
#   ci/rabbitmq_cluster.sh ctl DIR N ARGS...      rabbitmqctl against node N
#   ci/rabbitmq_cluster.sh port DIR N             prints node N's AMQP port
#
# Ports: node N listens for AMQP on BASE+N-1 and for the distribution on
# BASE+100+N-1; the shared epmd is on BASE+200. Everything stays below the
# ephemeral range (32768+), so that no client socket can take a port
# between a kill and a restart. Node names: mxqc<BASE>n<N>@localhost.
set -eu
cmd=$1
dir=$(realpath -m "$2")
shift 2
bin=/usr/lib/rabbitmq/bin

check_node() {
    case ${1:-} in
    1|2|3) ;;
    *) echo "node must be 1, 2 or 3" >&2; exit 2 ;;
    esac
}

nodename() {
    echo "mxqc$(cat "$dir/base")n$1@localhost"
}

# The environment of node $1 (for the server and for rabbitmqctl).
env_for() {
    base=$(cat "$dir/base")
    n=$1
    nd="$dir/n$n"
    export HOME="$dir/home"          # .erlang.cookie, shared by all nodes
    export RABBITMQ_NODENAME
    RABBITMQ_NODENAME=$(nodename "$n")
    export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
    export RABBITMQ_NODE_PORT=$((base + n - 1))
    export RABBITMQ_DIST_PORT=$((base + 100 + n - 1))
    export ERL_EPMD_PORT=$((base + 200))
    export ERL_EPMD_ADDRESS=127.0.0.1
    export RABBITMQ_MNESIA_BASE="$nd/mnesia"
    export RABBITMQ_LOG_BASE="$nd/log"
    export RABBITMQ_PID_FILE="$nd/rabbit.pid"
    export RABBITMQ_CONFIG_FILE="$nd/rabbitmq"
    export RABBITMQ_ENABLED_PLUGINS_FILE="$nd/enabled_plugins"
    export RABBITMQ_CONF_ENV_FILE="$dir/no-such-env-file"
    # The distribution listens on 127.0.0.1 only (the server's and the
    # CLI's); no scheduler busy-waiting: three nodes share the cores with
    # the test.
    export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1} +sbwt none +sbwtdcpu none +sbwtdio none"
    export RABBITMQ_CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
}

ctl() {
    n=$1
    shift
    env_for "$n"
    "$bin/rabbitmqctl" -n "$RABBITMQ_NODENAME" "$@"
}

start_epmd() {
    env_for 1
    if ! [ -f "$dir/epmd.pid" ] || ! kill -0 "$(cat "$dir/epmd.pid")" 2>/dev/null; then
        epmd -address 127.0.0.1 -port "$ERL_EPMD_PORT" >/dev/null 2>&1 &
        echo $! >"$dir/epmd.pid"
        sleep 0.3
    fi
}

# Starts node $1 in the background (from its own directory: a crash dump
# lands there).
launch_node() {
    env_for "$1"
    rm -f "$RABBITMQ_PID_FILE"
    (cd "$nd" && exec "$bin/rabbitmq-server" >>"$nd/log/stdout.log" 2>&1) &
    echo $! >"$nd/wrapper.pid"
}

wait_node() {
    env_for "$1"
    if ! "$bin/rabbitmqctl" -n "$RABBITMQ_NODENAME" wait --timeout 90 \
            "$RABBITMQ_PID_FILE" >/dev/null 2>&1; then
        echo "rabbitmq node $1 did not start; log: $nd/log" >&2
        tail -20 "$nd/log/stdout.log" >&2 || true
        exit 1
    fi
    echo "rabbitmq node $1 ($RABBITMQ_NODENAME) ready on 127.0.0.1:$RABBITMQ_NODE_PORT"
}

kill_node() {
    env_for "$1"
    beam=$(cat "$RABBITMQ_PID_FILE" 2>/dev/null || true)
    if [ -n "$beam" ]; then
        kill -KILL "$beam" 2>/dev/null || true
    fi
    if [ -f "$nd/wrapper.pid" ]; then
        kill -KILL "$(cat "$nd/wrapper.pid")" 2>/dev/null || true
    fi
    # wait until the process (and so its ports) is gone
    for _ in $(seq 50); do
        kill -0 "${beam:-0}" 2>/dev/null || break
        sleep 0.1
    done
}

case $cmd in
start)
    base=${1:-26400}
    mkdir -p "$dir/home"
    echo "$base" >"$dir/base"
    # One cookie for the three nodes and the CLI, written before any starts.
    cookie=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n' | tr a-f A-F)
    umask 077
    printf '%s' "$cookie" >"$dir/home/.erlang.cookie"
    chmod 400 "$dir/home/.erlang.cookie"
    umask 022
    for n in 1 2 3; do
        nd="$dir/n$n"
        mkdir -p "$nd/mnesia" "$nd/log"
        printf 'listeners.tcp.default = 127.0.0.1:%s\nloopback_users = none\n' \
            $((base + n - 1)) >"$nd/rabbitmq.conf"
        if [ -f "$dir/extra.conf" ]; then
            cat "$dir/extra.conf" >>"$nd/rabbitmq.conf"
        fi
        echo '[].' >"$nd/enabled_plugins"
    done
    start_epmd
    for n in 1 2 3; do
        launch_node "$n"
    done
    for n in 1 2 3; do
        wait_node "$n"
    done
    # Nodes 2 and 3 join node 1: both stop their app at once, join one
    # after the other (a join changes the cluster's membership), start at
    # once.
    first=$(nodename 1)
    ctl 2 stop_app >/dev/null & p2=$!
    ctl 3 stop_app >/dev/null & p3=$!
    wait "$p2" && wait "$p3"
    ctl 2 join_cluster "$first" >/dev/null
    ctl 3 join_cluster "$first" >/dev/null
    ctl 2 start_app >/dev/null & p2=$!
    ctl 3 start_app >/dev/null & p3=$!
    wait "$p2" && wait "$p3"
    ctl 1 await_online_nodes 3 --timeout 60 >/dev/null
    echo "rabbitmq cluster of 3 ready ($dir)"
    ;;
restart)
    check_node "${1:-}"
    start_epmd
    launch_node "$1"
    wait_node "$1"
    ;;
kill)
    check_node "${1:-}"
    kill_node "$1"
    ;;
stop)
    [ -f "$dir/base" ] || exit 0
    for n in 1 2 3; do
        env_for "$n"
        if [ -f "$nd/wrapper.pid" ]; then
            kill -TERM "$(cat "$nd/wrapper.pid")" 2>/dev/null || true
        fi
    done
    for n in 1 2 3; do
        env_for "$n"
        beam=$(cat "$RABBITMQ_PID_FILE" 2>/dev/null || true)
        if [ -n "$beam" ]; then
            for _ in $(seq 150); do
                kill -0 "$beam" 2>/dev/null || break
                sleep 0.1
            done
            kill -KILL "$beam" 2>/dev/null || true
        fi
    done
    if [ -f "$dir/epmd.pid" ]; then
        # epmd does not stop on SIGTERM
        kill -KILL "$(cat "$dir/epmd.pid")" 2>/dev/null || true
        rm -f "$dir/epmd.pid"
    fi
    ;;
ctl)
    check_node "${1:-}"
    n=$1
    shift
    env_for "$n"
    exec "$bin/rabbitmqctl" -n "$RABBITMQ_NODENAME" "$@"
    ;;
port)
    check_node "${1:-}"
    env_for "$1"
    echo "$RABBITMQ_NODE_PORT"
    ;;
*)
    echo "usage: $0 start|restart|kill|stop|ctl|port DIR [...]" >&2
    exit 2
    ;;
esac
