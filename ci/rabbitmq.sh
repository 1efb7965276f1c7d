#!/bin/sh
# A private RabbitMQ node for tests: its own epmd, ports, data and logs,
# all under DIR, on 127.0.0.1 only. No systemd, no machine-wide state.
#
#   ci/rabbitmq.sh start DIR [AMQP_PORT]   starts it and waits until ready
#   ci/rabbitmq.sh kill DIR                SIGKILLs the node (crash test)
#   ci/rabbitmq.sh restart DIR             starts it again, same data
#   ci/rabbitmq.sh stop DIR                stops it and its epmd
#   ci/rabbitmq.sh ctl DIR ARGS...         runs rabbitmqctl against it
#
# Lines in DIR/extra.conf, written before start, are added to the node's
# rabbitmq.conf (e.g. a TLS listener: listeners.ssl.default, ssl_options.*).
#
# Ports (AMQP, +100 distribution, +200 epmd) stay below the ephemeral
# range (32768+), so that no client socket
# can take them between a kill and a restart.
set -eu
cmd=$1
dir=$(realpath -m "$2")
shift 2
bin=/usr/lib/rabbitmq/bin
. "$(dirname "$0")/rabbitmq_lib.sh"

env_for() {
    port=$(cat "$dir/port")
    node_env "$dir" "mxqtest$port@localhost" "$port" $((port + 100)) \
        $((port + 200)) "$dir/home"
}

start_node() {
    env_for
    start_epmd "$dir/epmd.pid"
    launch_node
    wait_node rabbitmq
    echo "rabbitmq ready on 127.0.0.1:$RABBITMQ_NODE_PORT ($dir)"
}

case $cmd in
start)
    port=${1:-25672}
    mkdir -p "$dir/home"
    echo "$port" >"$dir/port"
    node_files "$dir" "$port" "$dir/extra.conf"
    start_node
    ;;
restart)
    start_node
    ;;
kill)
    env_for
    kill_node
    ;;
stop)
    env_for
    await_exit "$(term_node)" 100
    stop_epmd "$dir/epmd.pid"
    ;;
ctl)
    env_for
    exec "$bin/rabbitmqctl" -n "$RABBITMQ_NODENAME" "$@"
    ;;
*)
    echo "usage: $0 start|restart|kill|stop|ctl DIR [...]" >&2
    exit 2
    ;;
esac
