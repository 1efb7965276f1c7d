#!/bin/sh
# Fails when gen/ is not what Ragel makes of grammar/ today.
# Exits 77 (ctest: skipped) when ragel is not installed.
set -eu
cd "$(dirname "$0")/.."
if ! command -v ragel >/dev/null 2>&1; then
    echo "gen_fresh: ragel is not installed; cannot check gen/ (skipped)"
    exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ci/gen.sh ragel "$tmp"
status=0
for rl in grammar/*.rl; do
    name=$(basename "$rl" .rl)
    if ! cmp -s "$tmp/$name.c" "gen/$name.c"; then
        echo "gen/$name.c is stale: run 'cmake --build build --target gen'"
        status=1
    fi
done
for c in gen/*.c; do
    [ -e "$c" ] || continue
    name=$(basename "$c" .c)
    if [ ! -f "grammar/$name.rl" ]; then
        echo "$c has no grammar/$name.rl"
        status=1
    fi
done
[ $status -eq 0 ] && echo "gen/ is fresh ($(ls grammar/*.rl | wc -l) grammars)"
exit $status
