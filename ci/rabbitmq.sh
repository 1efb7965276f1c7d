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

env_for() {
    port=$(cat "$dir/port")
    export HOME="$dir/home"
    export RABBITMQ_NODENAME="mxqtest$port@localhost"
    export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
    export RABBITMQ_NODE_PORT="$port"
    export RABBITMQ_DIST_PORT=$((port + 100))
    export ERL_EPMD_PORT=$((port + 200))
    export RABBITMQ_MNESIA_BASE="$dir/mnesia"
    export RABBITMQ_LOG_BASE="$dir/log"
    export RABBITMQ_PID_FILE="$dir/rabbit.pid"
    export RABBITMQ_CONFIG_FILE="$dir/rabbitmq"
    export RABBITMQ_ENABLED_PLUGINS_FILE="$dir/enabled_plugins"
    export RABBITMQ_CONF_ENV_FILE="$dir/no-such-env-file"
}

start_node() {
    env_for
    if ! [ -f "$dir/epmd.pid" ] || ! kill -0 "$(cat "$dir/epmd.pid")" 2>/dev/null; then
        epmd -address 127.0.0.1 -port "$ERL_EPMD_PORT" >/dev/null 2>&1 &
        echo $! >"$dir/epmd.pid"
        sleep 0.3
    fi
    rm -f "$RABBITMQ_PID_FILE"
    (cd "$dir" && exec "$bin/rabbitmq-server" >"$dir/log/stdout.log" 2>&1) &
    echo $! >"$dir/wrapper.pid"
    if ! "$bin/rabbitmqctl" -n "$RABBITMQ_NODENAME" wait --timeout 90 \
            "$RABBITMQ_PID_FILE" >/dev/null 2>&1; then
        echo "rabbitmq did not start; log: $dir/log" >&2
        tail -20 "$dir/log/stdout.log" >&2 || true
        exit 1
    fi
    echo "rabbitmq ready on 127.0.0.1:$RABBITMQ_NODE_PORT ($dir)"
}

case $cmd in
start)
    port=${1:-25672}
    mkdir -p "$dir/home" "$dir/mnesia" "$dir/log"
    echo "$port" >"$dir/port"
    printf 'listeners.tcp.default = 127.0.0.1:%s\nloopback_users = none\n' \
        "$port" >"$dir/rabbitmq.conf"
    if [ -f "$dir/extra.conf" ]; then
        cat "$dir/extra.conf" >>"$dir/rabbitmq.conf"
    fi
    echo '[].' >"$dir/enabled_plugins"
    start_node
    ;;
restart)
    start_node
    ;;
kill)
    env_for
    beam=$(cat "$RABBITMQ_PID_FILE" 2>/dev/null || true)
    if [ -n "$beam" ]; then
        kill -KILL "$beam" 2>/dev/null || true
    fi
    if [ -f "$dir/wrapper.pid" ]; then
        kill -KILL "$(cat "$dir/wrapper.pid")" 2>/dev/null || true
    fi
    # wait until the port is free again
    for _ in $(seq 50); do
        kill -0 "${beam:-0}" 2>/dev/null || break
        sleep 0.1
    done
    ;;
stop)
    env_for
    if [ -f "$dir/wrapper.pid" ]; then
        kill -TERM "$(cat "$dir/wrapper.pid")" 2>/dev/null || true
    fi
    beam=$(cat "$RABBITMQ_PID_FILE" 2>/dev/null || true)
    if [ -n "$beam" ]; then
        for _ in $(seq 100); do
            kill -0 "$beam" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$beam" 2>/dev/null || true
    fi
    if [ -f "$dir/epmd.pid" ]; then
        # epmd does not stop on SIGTERM
        kill -KILL "$(cat "$dir/epmd.pid")" 2>/dev/null || true
        rm -f "$dir/epmd.pid"
    fi
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
