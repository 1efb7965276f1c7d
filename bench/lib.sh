# Shared by the benchmark scripts (sourced, not run): loopback ports, the
# smtp-source load and a median. The load needs $sessions, $size,
# $messages and $work ($recipients: per message, default 1).

port_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

wait_port() {
    for _ in $(seq 300); do
        port_free "$1" || return 0
        sleep 0.1
    done
    echo "nothing listens on $1" >&2
    return 1
}

# Runs smtp-source against port $1; prints the seconds it took.
load() {
    local start end
    # With $message_file set, every message is that file (smtp-source -F).
    local -a what=(-l "$size")
    [ -n "${message_file:-}" ] && what=(-F "$message_file")
    start=$(date +%s.%N)
    # ${recipients:-1} recipients per message (smtp-source -r numbers them)
    smtp-source -s "$sessions" "${what[@]}" -m "$messages" \
        -r "${recipients:-1}" -f a@example.test \
        -t b@example.test "127.0.0.1:$1" >"$work/source.$1.log" 2>&1 ||
        { echo "smtp-source failed:" >&2; tail -5 "$work/source.$1.log" >&2; return 1; }
    end=$(date +%s.%N)
    echo "$start $end" | awk '{printf "%.3f", $2 - $1}'
}

# Runs Postfix's smtp-sink (it answers 250 and stores nothing) on port $1
# and the load against it; prints the seconds it took.
sink_load() {
    local sink_pid t
    local -a sink_user=()
    [ "$(id -u)" = 0 ] && sink_user=(-u nobody) # it refuses to run as root
    smtp-sink "${sink_user[@]}" "127.0.0.1:$1" 256 >"$work/sink.log" 2>&1 &
    sink_pid=$!
    wait_port "$1" || { cat "$work/sink.log" >&2; kill "$sink_pid"; return 1; }
    t=$(load "$1") || { kill "$sink_pid"; return 1; }
    kill -TERM "$sink_pid" 2>/dev/null || true
    wait "$sink_pid" 2>/dev/null || true
    echo "$t"
}

rate() { echo "$1" | awk -v m="$messages" '{printf "%.0f", m / $1}'; }

# The median of the numbers on standard input, one a line.
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
