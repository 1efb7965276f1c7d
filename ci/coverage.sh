#!/bin/sh
# ci/coverage.sh [AFL-RUN-DIR...]: line and branch coverage of the engine
# (engine/) and of the grammars (gen/*.c, and grammar/*.rl where Ragel's
# #line directives send the action code) reached by the fuzz corpora.
#
# Builds the harnesses with clang source-based coverage and a plain main
# (-DMXQ_FUZZ=replay) into build-fz-cov, replays fuzz/corpus/<name>/ and
# fuzz/regressions/<name>/ (each regression in its own process, as it may
# abort), plus the queue of every AFL++ run directory given (fuzz/run
# leaves them in build-fuzz-afl/afl-out/<run>/), then prints llvm-cov's
# report for those files and the totals.
set -eu
afl_runs=""
for run in "$@"; do
    afl_runs="$afl_runs $(cd "$run" && pwd)"
done
cd "$(dirname "$0")/.."
build=${MXQ_COV_BUILD:-build-fz-cov}
jobs=$(nproc)
profdata=$(command -v llvm-profdata-14 || command -v llvm-profdata)
llvmcov=$(command -v llvm-cov-14 || command -v llvm-cov)

CC=clang cmake -S . -B "$build" -DMXQ_FUZZ=replay -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_C_FLAGS="-fprofile-instr-generate -fcoverage-mapping" \
    -DCMAKE_EXE_LINKER_FLAGS="-fprofile-instr-generate" >/dev/null
cmake --build "$build" --target fuzz -j"$jobs" >/dev/null

prof=$build/profiles
rm -rf "$prof"
mkdir -p "$prof"
objects=""
for exe in "$build"/fuzz-*; do
    [ -x "$exe" ] && [ -f "$exe" ] || continue
    name=${exe##*/fuzz-}
    objects="$objects -object $exe"
    dirs="fuzz/corpus/$name"
    for run in $afl_runs; do
        [ -d "$run/$name/default/queue" ] && dirs="$dirs $run/$name/default/queue"
    done
    LLVM_PROFILE_FILE="$prof/$name-%p.profraw" "$exe" $dirs 2>>"$prof/log" ||
        echo "coverage: fuzz-$name failed on its corpus (see $prof/log)" >&2
    for f in "fuzz/regressions/$name"/*; do
        [ -f "$f" ] || continue
        LLVM_PROFILE_FILE="$prof/$name-%p.profraw" "$exe" "$f" \
            >>"$prof/log" 2>&1 || true
    done
done
"$profdata" merge -sparse -o "$build/fuzz.profdata" "$prof"/*.profraw

# The report, restricted to the engine and the grammars.
"$llvmcov" report -instr-profile="$build/fuzz.profdata" $objects \
    >"$build/coverage.txt"
awk '
    /^Filename/ { print; next }
    /^-+$/ { next }
    {
        f = $1
        if (f ~ /(^|\/)engine\// ) g = "engine"
        else if (f ~ /(^|\/)gen\// ) g = "gen"
        else if (f ~ /(^|\/)grammar\// ) g = "grammar"
        else next
        print
        lines[g] += $8; lmiss[g] += $9; br[g] += $11; bmiss[g] += $12
    }
    END {
        printf "\n%-28s %18s %18s\n", "", "lines", "branches"
        split("engine gen grammar", order, " ")
        for (i = 1; i <= 3; i++) {
            g = order[i]
            if (lines[g] == 0) continue
            printf "%-28s %8d/%-7d %5.1f%% %8d/%-7d %5.1f%%\n", g "/",
                lines[g] - lmiss[g], lines[g],
                100 * (lines[g] - lmiss[g]) / lines[g],
                br[g] - bmiss[g], br[g],
                br[g] ? 100 * (br[g] - bmiss[g]) / br[g] : 0
        }
        L = lines["gen"] + lines["grammar"]; LM = lmiss["gen"] + lmiss["grammar"]
        B = br["gen"] + br["grammar"]; BM = bmiss["gen"] + bmiss["grammar"]
        if (lines["grammar"] && L) printf "%-28s %8d/%-7d %5.1f%% %8d/%-7d %5.1f%%\n",
            "grammars (gen/ + grammar/)", L - LM, L, 100 * (L - LM) / L,
            B - BM, B, B ? 100 * (B - BM) / B : 0
    }' "$build/coverage.txt"
