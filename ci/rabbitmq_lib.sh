# shellcheck shell=sh disable=SC2154  # bin is the caller's
# Shared by ci/rabbitmq.sh (one node) and ci/rabbitmq_cluster.sh (three):
# a node's environment, its files, epmd, and starting, killing and
# stopping a node. Sourced; the caller sets bin (RabbitMQ's scripts).

# node_env NODE_DIR NODE_NAME AMQP_PORT DIST_PORT EPMD_PORT HOME_DIR
# The environment of one node, for the server and for rabbitmqctl; nd is
# the node's directory afterwards.
node_env() {
    nd=$1
    export HOME="$6"                 # .erlang.cookie
    export RABBITMQ_NODENAME="$2"
    export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
    export RABBITMQ_NODE_PORT="$3"
    export RABBITMQ_DIST_PORT="$4"
    export ERL_EPMD_PORT="$5"
    export ERL_EPMD_ADDRESS=127.0.0.1
    export RABBITMQ_MNESIA_BASE="$nd/mnesia"
    export RABBITMQ_LOG_BASE="$nd/log"
    export RABBITMQ_PID_FILE="$nd/rabbit.pid"
    export RABBITMQ_CONFIG_FILE="$nd/rabbitmq"
    export RABBITMQ_ENABLED_PLUGINS_FILE="$nd/enabled_plugins"
    export RABBITMQ_CONF_ENV_FILE="$nd/no-such-env-file"
}

# node_files NODE_DIR AMQP_PORT EXTRA_CONF: the node's directories,
# rabbitmq.conf (AMQP on 127.0.0.1 only, plus the lines of EXTRA_CONF if
# that file exists) and no plugins.
node_files() {
    mkdir -p "$1/mnesia" "$1/log"
    printf 'listeners.tcp.default = 127.0.0.1:%s\nloopback_users = none\n' \
        "$2" >"$1/rabbitmq.conf"
    if [ -f "$3" ]; then
        cat "$3" >>"$1/rabbitmq.conf"
    fi
    echo '[].' >"$1/enabled_plugins"
}

# start_epmd PID_FILE: epmd on 127.0.0.1:$ERL_EPMD_PORT unless it runs.
start_epmd() {
    if ! [ -f "$1" ] || ! kill -0 "$(cat "$1")" 2>/dev/null; then
        epmd -address 127.0.0.1 -port "$ERL_EPMD_PORT" >/dev/null 2>&1 &
        echo $! >"$1"
        sleep 0.3
    fi
}

# stop_epmd PID_FILE
stop_epmd() {
    if [ -f "$1" ]; then
        # epmd does not stop on SIGTERM
        kill -KILL "$(cat "$1")" 2>/dev/null || true
        rm -f "$1"
    fi
}

# Starts the node of node_env in the background, from its own directory
# (a crash dump lands there).
launch_node() {
    rm -f "$RABBITMQ_PID_FILE"
    (cd "$nd" && exec "$bin/rabbitmq-server" >>"$nd/log/stdout.log" 2>&1) &
    echo $! >"$nd/wrapper.pid"
}

# wait_node LABEL: until the node of node_env is up, at most 90 s.
wait_node() {
    if ! "$bin/rabbitmqctl" -n "$RABBITMQ_NODENAME" wait --timeout 90 \
            "$RABBITMQ_PID_FILE" >/dev/null 2>&1; then
        echo "$1 did not start; log: $nd/log" >&2
        tail -20 "$nd/log/stdout.log" >&2 || true
        exit 1
    fi
}

# await_exit PID TENTHS: waits until PID is gone, SIGKILLs it after TENTHS
# tenths of a second, and then waits for it to be gone (its ports free).
await_exit() {
    [ -n "$1" ] || return 0
    for _ in $(seq "$2"); do
        kill -0 "$1" 2>/dev/null || return 0
        sleep 0.1
    done
    kill -KILL "$1" 2>/dev/null || true
    for _ in $(seq 50); do
        kill -0 "$1" 2>/dev/null || return 0
        sleep 0.1
    done
}

# SIGKILLs the node of node_env and waits until it is gone.
kill_node() {
    beam=$(cat "$RABBITMQ_PID_FILE" 2>/dev/null || true)
    if [ -n "$beam" ]; then
        kill -KILL "$beam" 2>/dev/null || true
    fi
    if [ -f "$nd/wrapper.pid" ]; then
        kill -KILL "$(cat "$nd/wrapper.pid")" 2>/dev/null || true
    fi
    await_exit "$beam" 50
}

# Asks the node of node_env to stop and prints its Erlang VM's pid for
# await_exit. The pid is read before: the node removes its pid file early
# in its shutdown, long before the VM has exited.
term_node() {
    beam=$(cat "$RABBITMQ_PID_FILE" 2>/dev/null || true)
    if [ -f "$nd/wrapper.pid" ]; then
        kill -TERM "$(cat "$nd/wrapper.pid")" 2>/dev/null || true
    fi
    echo "$beam"
}
