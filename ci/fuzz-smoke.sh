#!/bin/sh
# CI fuzz smoke test: builds the libFuzzer harnesses (clang, ASan + UBSan)
# and runs each one from its seed corpus and its regressions for a fixed
# short time, as many at once as there are cores. A crash, a broken
# invariant, a leak, a timeout or running out of memory fails the run
# (exit 1); the input that did it is copied to fuzz/regressions/<name>/ so
# that, once committed, the normal test suite replays it
# (tests/unit/test_fuzz_regressions.c).
#
# Environment: MXQ_FUZZ_SECONDS (default 20 per harness), MXQ_FUZZ_BUILD
# (default build-fuzz-lf), MXQ_FUZZ_JOBS (default: the number of cores).
set -eu
cd "$(dirname "$0")/.."
secs=${MXQ_FUZZ_SECONDS:-20}
build=${MXQ_FUZZ_BUILD:-build-fuzz-lf}
jobs=${MXQ_FUZZ_JOBS:-$(nproc)}

CC=clang cmake -S . -B "$build" -DMXQ_FUZZ=libfuzzer \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target fuzz -j"$jobs" >/dev/null

# One harness: new inputs go to a scratch corpus, never into the seeds.
run_one() {
    name=$1
    work=$build/fuzz-smoke/$name
    rm -rf "$work"
    mkdir -p "$work/corpus" "$work/artifacts"
    set -- -max_total_time="$secs" -timeout=5 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$work/artifacts/"
    dict=fuzz/dict/$name.dict
    [ -f "$dict" ] || dict=fuzz/dict/${name%_diff}.dict
    [ -f "$dict" ] && set -- "$@" -dict="$dict"
    set -- "$@" "$work/corpus" "fuzz/corpus/$name"
    [ -d "fuzz/regressions/$name" ] && set -- "$@" "fuzz/regressions/$name"
    if "$build/fuzz-$name" "$@" >"$work/log" 2>&1; then
        echo ok >"$work/status"
    else
        echo "failed ($?)" >"$work/status"
    fi
}

names=""
for exe in "$build"/fuzz-*; do
    [ -x "$exe" ] && [ -f "$exe" ] || continue
    names="$names ${exe##*/fuzz-}"
done

running=0
for name in $names; do
    run_one "$name" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then
        wait
        running=0
    fi
done
wait

status=0
printf '%-14s %12s %8s %8s  %s\n' harness execs cov ft result
for name in $names; do
    work=$build/fuzz-smoke/$name
    log=$work/log
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    cov=$(grep -Eo 'cov: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
    ft=$(grep -Eo 'ft: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
    result=$(cat "$work/status" 2>/dev/null || echo "no status")
    for art in "$work"/artifacts/*; do
        [ -f "$art" ] || continue
        known=""
        for old in "fuzz/regressions/$name"/*; do
            [ -f "$old" ] && cmp -s "$art" "$old" && known=$old
        done
        if [ -n "$known" ]; then
            result="$result, again on $known"
        else
            mkdir -p "fuzz/regressions/$name"
            cp "$art" "fuzz/regressions/$name/"
            result="$result, kept fuzz/regressions/$name/${art##*/}"
        fi
    done
    printf '%-14s %12s %8s %8s  %s\n' "$name" "${execs:-?}" "${cov:-?}" \
        "${ft:-?}" "$result"
    if [ "$result" != ok ]; then
        status=1
        echo "---- fuzz-$name (last lines of $log)"
        grep -aE 'invariant broken|ERROR|SUMMARY|#[0-9]+ 0x' "$log" | head -14
    fi
done
exit $status
