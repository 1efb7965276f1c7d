#!/bin/sh
# The whole test suite: installs dependencies, builds, runs every test
# normally and again under AddressSanitizer + UndefinedBehaviorSanitizer.
set -eu
cd "$(dirname "$0")/.."
ci/install-deps.sh
jobs=$(nproc)

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs"

cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=Debug -DMXQ_SANITIZE=ON >/dev/null
cmake --build build-sanitize -j"$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-sanitize --output-on-failure -j"$jobs"

# Every fuzz harness from its corpus for a short fixed time (libFuzzer,
# ASan + UBSan); long campaigns are fuzz/run, by hand.
ci/fuzz-smoke.sh

# The same harnesses built the other way (afl-clang-fast, ASan + UBSan),
# each under afl-fuzz for a few seconds: the AFL++ build must keep working.
# Per harness, so that a new harness lengthens the smoke instead of failing it.
fuzz/run --each "${MXQ_AFL_SMOKE_SECONDS:-10}"

if [ -x build/bench_grammars ]; then
    build/bench_grammars --quick
fi
