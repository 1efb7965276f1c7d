#!/bin/sh
# Fails when man/mxqd.8, man/mxq.conf.5 or the settings tables of
# docs/settings.md are not what tools/settings_doc makes of the settings
# table today (like ci/check-gen.sh for gen/).
#   ci/check-docs.sh SETTINGS_DOC          check
#   ci/check-docs.sh --write SETTINGS_DOC  make them again
set -eu
write=false
if [ "${1:-}" = --write ]; then
    write=true
    shift
fi
doc=$1
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$doc" mxqd.8 >"$tmp/mxqd.8"
"$doc" mxq.conf.5 >"$tmp/mxq.conf.5"
"$doc" markdown docs/settings.md >"$tmp/settings.md"
status=0
for pair in "mxqd.8 man/mxqd.8" "mxq.conf.5 man/mxq.conf.5" \
            "settings.md docs/settings.md"; do
    set -- $pair
    if cmp -s "$tmp/$1" "$2"; then
        continue
    fi
    if $write; then
        cp "$tmp/$1" "$2"
        echo "made $2 again"
    else
        echo "$2 is stale: run 'cmake --build build --target docs'"
        diff -u "$2" "$tmp/$1" | head -40 || true
        status=1
    fi
done
# The pages must also be clean for man(1)/groff (lintian checks the same).
if command -v groff >/dev/null 2>&1; then
    for page in "$tmp/mxqd.8" "$tmp/mxq.conf.5"; do
        warnings=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$page" 2>&1) || true
        if [ -n "$warnings" ]; then
            echo "$(basename "$page"): groff warns:"
            echo "$warnings"
            status=1
        fi
    done
fi
[ $status -eq 0 ] && ! $write && echo "man/ and docs/settings.md are fresh"
exit $status
