#!/bin/sh
# Installs dependencies, builds, and starts mxqd in the foreground on
# 127.0.0.1:2525 with the example configuration (embedded file queue in
# ./queue). Extra arguments go to mxqd, e.g. --smtp-port 2600.
set -eu
cd "$(dirname "$0")/.."
ci/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" --target mxqd
exec build/mxqd --config-file mxq.conf.example "$@"
