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
. "$(dirname "$0")/rabbitmq_lib.sh"

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
    node_env "$dir/n$1" "$(nodename "$1")" $((base + $1 - 1)) \
        $((base + 100 + $1 - 1)) $((base + 200)) "$dir/home"
    # The distribution listens on 127.0.0.1 only (the server's and the
    # CLI's); no scheduler busy-waiting: three nodes share the cores with
    # the test.
    export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1} +sbwt none +sbwtdcpu none +sbwtdio none"
    export RABBITMQ_CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
}

# Waits until node $1 is up.
await_node() {
    env_for "$1"
    wait_node "rabbitmq node $1"
    echo "rabbitmq node $1 ($RABBITMQ_NODENAME) ready on 127.0.0.1:$RABBITMQ_NODE_PORT"
}

ctl() {
    n=$1
    shift
    env_for "$n"
    "$bin/rabbitmqctl" -n "$RABBITMQ_NODENAME" "$@"
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
        node_files "$dir/n$n" $((base + n - 1)) "$dir/extra.conf"
    done
    env_for 1
    start_epmd "$dir/epmd.pid"
    for n in 1 2 3; do
        env_for "$n"
        launch_node
    done
    for n in 1 2 3; do
        await_node "$n"
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
    env_for "$1"
    start_epmd "$dir/epmd.pid"
    launch_node
    await_node "$1"
    ;;
kill)
    check_node "${1:-}"
    env_for "$1"
    kill_node
    ;;
stop)
    [ -f "$dir/base" ] || exit 0
    # All three are asked at once, then awaited.
    beams=
    for n in 1 2 3; do
        env_for "$n"
        beams="$beams $(term_node)"
    done
    for beam in $beams; do
        await_exit "$beam" 150
    done
    stop_epmd "$dir/epmd.pid"
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
