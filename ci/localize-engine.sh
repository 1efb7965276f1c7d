#!/bin/sh
# ci/localize-engine.sh LIB: turns the static library LIB into one object
# whose only global symbols are the mxq_ ones, so that the engine's
# internal names (session_command, ...) cannot clash with a program's.
set -eu
lib=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
ld -r --whole-archive "$lib" -o "$dir/libmxq.o"
objcopy -w --keep-global-symbol='mxq_*' "$dir/libmxq.o"
rm -f "$lib"
ar rcs "$lib" "$dir/libmxq.o"
