# Shared by the benchmark scripts (sourced, not run): loopback ports and
# the smtp-source load. Needs $sessions, $size, $messages and $work.

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
    start=$(date +%s.%N)
    smtp-source -s "$sessions" -l "$size" -m "$messages" -f a@example.test \
        -t b@example.test "127.0.0.1:$1" >"$work/source.$1.log" 2>&1 ||
        { echo "smtp-source failed:" >&2; tail -5 "$work/source.$1.log" >&2; return 1; }
    end=$(date +%s.%N)
    echo "$start $end" | awk '{printf "%.3f", $2 - $1}'
}

rate() { echo "$1" | awk -v m="$messages" '{printf "%.0f", m / $1}'; }
