#!/bin/sh
# Runs Ragel over every grammar/*.rl into OUTDIR/<name>.c.
# Usage: ci/gen.sh RAGEL OUTDIR   (run from the project root, so that the
# #line directives Ragel writes name stable relative paths)
set -eu
ragel=$1
out=$2
mkdir -p "$out"
for rl in grammar/*.rl; do
    name=$(basename "$rl" .rl)
    "$ragel" -G2 -o "$out/$name.c" "$rl"
    # Ragel writes the output path into #line directives: make them name
    # gen/ whatever OUTDIR was, so that a fresh run compares byte for byte.
    sed -i "s|\"$out/$name.c\"|\"gen/$name.c\"|" "$out/$name.c"
done
